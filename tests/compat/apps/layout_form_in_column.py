# step: (at.text_input[0].input("hi"), at.button[0].click().run())
import streamlit as st

col, other = st.columns([2, 1])
with col:
    with st.form("inside"):
        text = st.text_input("Say")
        sent = st.form_submit_button("Send")
other.write(f"sent: {text if sent else '-'}")
