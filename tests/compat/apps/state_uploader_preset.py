import streamlit as st

st.session_state.upload = None
st.file_uploader("File", key="upload")
st.write("after")
