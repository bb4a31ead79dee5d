import streamlit as st

with st.sidebar:
    st.chat_input("Ask in the sidebar")
st.write("main")
