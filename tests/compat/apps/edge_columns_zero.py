import streamlit as st

st.write("before")
st.columns(0)
