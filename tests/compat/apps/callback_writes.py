# step: at.button[0].click().run()
import streamlit as st


def shout() -> None:
    st.write("written by the callback")
    st.toast("toast from the callback")


st.title("Page")
st.button("Shout", on_click=shout)
st.write("end of page")
