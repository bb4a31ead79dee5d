# step: at.text_input(key="name").input("Ada").run()
# step: at.text_input(key="name").input("Grace").run()
import streamlit as st

if "changes" not in st.session_state:
    st.session_state.changes = []


def remember() -> None:
    st.session_state.changes.append(st.session_state.name)


st.text_input("Name", key="name", on_change=remember)
st.write(f"changes: {st.session_state.changes}")
