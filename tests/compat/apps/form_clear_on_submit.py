# step: (at.text_input[0].input("Ada"), at.button[0].click().run())
import streamlit as st

with st.form("signup", clear_on_submit=True):
    name = st.text_input("Name")
    submitted = st.form_submit_button("Sign up")
if submitted:
    st.write(f"Welcome {name}")
