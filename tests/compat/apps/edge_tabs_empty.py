import streamlit as st

st.write("before")
st.tabs([])
