# step: at.text_input[0].input("inside chat").run()
import streamlit as st

with st.chat_message("user"):
    reply = st.text_input("Reply")
st.write(f"reply: {reply}")
