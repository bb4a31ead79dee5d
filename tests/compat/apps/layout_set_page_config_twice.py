import streamlit as st

st.set_page_config(page_title="One")
st.write("between")
st.set_page_config(page_title="Two", layout="centered")
st.write("after")
