import streamlit as st

st.link_button("Go to gallery", "https://streamlit.io/gallery")
st.link_button("Primary link", "https://example.com", type="primary")
