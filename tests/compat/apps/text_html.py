import streamlit as st

st.html("<p><span style='text-decoration: line-through double red;'>Oops</span>!</p>")
st.markdown("<b>bold html</b>", unsafe_allow_html=True)
