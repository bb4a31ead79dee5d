import streamlit as st

st.write("Hello, *World!* :sunglasses:")
st.write(1234)
st.write(3.5)
st.write(True)
st.write(None)
