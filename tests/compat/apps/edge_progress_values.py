import streamlit as st

st.progress(0)
st.progress(1.0)
st.progress(100)
st.progress(0.25, text="quarter")
