import streamlit as st

st.write("before")
st.slider("Bad", min_value=10, max_value=5)
