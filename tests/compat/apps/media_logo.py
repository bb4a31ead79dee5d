import streamlit as st

st.logo("https://example.com/logo.png", link="https://example.com", icon_image="https://example.com/icon.png")
st.write("page with a logo")
