# step: at.chat_input[0].set_value("inline").run()
import streamlit as st

with st.container():
    said = st.chat_input("Inline input")
st.write(f"said: {said}")
