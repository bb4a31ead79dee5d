# step: at.chat_input[0].set_value("Hi there").run()
import streamlit as st

prompt = st.chat_input("Say something")
if prompt:
    st.write(f"User has sent the following prompt: {prompt}")
