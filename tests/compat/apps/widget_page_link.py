import streamlit as st

st.page_link("https://www.streamlit.io/", label="Streamlit", icon="🌎")
st.page_link("https://docs.streamlit.io", label="Docs", disabled=True)
