import streamlit as st

st.title("Title with help", help="explains the title")
st.caption("Caption with help", help="explains")
st.code("x", language=None)
