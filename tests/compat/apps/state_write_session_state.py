# step: at.text_input[0].input("hi").run()
import streamlit as st

st.text_input("Word", key="word")
st.write(st.session_state)
