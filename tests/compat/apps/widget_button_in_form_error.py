import streamlit as st

with st.form("f"):
    st.text_input("x")
    st.button("Not allowed")
    st.form_submit_button("Submit")
