# step: at.button[0].click().run()
import streamlit as st


def broken() -> None:
    raise RuntimeError("callback failed")


st.button("Break", on_click=broken)
st.write("page body")
