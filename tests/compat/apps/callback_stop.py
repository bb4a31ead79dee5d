# step: at.button[0].click().run()
import streamlit as st


def halt() -> None:
    st.stop()


st.button("Halt", on_click=halt)
st.write("after the button")
