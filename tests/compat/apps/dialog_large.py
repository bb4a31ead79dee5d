# step: at.button[0].click().run()
import streamlit as st


@st.dialog("Wide dialog", width="large", dismissible=False)
def show() -> None:
    left, right = st.columns(2)
    left.write("left side")
    right.metric("Score", 10)


if st.button("Show"):
    show()
