# step: at.button[0].click().run()
import streamlit as st

if "n" not in st.session_state:
    st.session_state.n = 0


def bump() -> None:
    st.session_state.n += 1
    st.rerun()


st.button("Bump", on_click=bump)
st.write(f"n {st.session_state.n}")
