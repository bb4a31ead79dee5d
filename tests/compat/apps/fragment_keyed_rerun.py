# step: at.button(key="refresh").click().run()
import streamlit as st

st.session_state.setdefault("app_runs", 0)
st.session_state.setdefault("part_runs", 0)
st.session_state.app_runs += 1


@st.fragment(key="part")
def part() -> None:
    st.session_state.part_runs += 1
    st.write(f"part ran {st.session_state.part_runs}")


part()
st.button("Refresh the part", key="refresh", on_click=lambda: st.rerun("part"))
st.write(f"app ran {st.session_state.app_runs}")
