# step: at.checkbox[0].check().run()
# step: at.checkbox[0].uncheck().run()
import streamlit as st

if "toggles" not in st.session_state:
    st.session_state.toggles = 0


def count() -> None:
    st.session_state.toggles += 1


st.checkbox("Watch me", on_change=count)
st.write(f"toggled {st.session_state.toggles} times")
