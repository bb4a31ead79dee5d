# step: at.button[0].click().run()
import streamlit as st


@st.dialog("Cast your vote")
def vote(item: str) -> None:
    st.write(f"Why is {item} your favorite?")
    st.text_input("Because...")


if st.button("A"):
    vote("A")
st.write("page")
