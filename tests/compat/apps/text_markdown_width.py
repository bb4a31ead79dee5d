import streamlit as st

st.markdown("narrow text", width=200)
st.markdown("content width", width="content")
st.title("Title, stretch", width="stretch")
