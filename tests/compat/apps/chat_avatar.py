import streamlit as st

with st.chat_message("ai"):
    st.write("I am the AI")
with st.chat_message("human"):
    st.write("I am human")
with st.chat_message("Bot", avatar="🦖"):
    st.write("A named bot")
