import streamlit as st

st.write("<b>html</b> not rendered by default")
st.write("<i>allowed</i>", unsafe_allow_html=True)
st.write("# Heading via write")
