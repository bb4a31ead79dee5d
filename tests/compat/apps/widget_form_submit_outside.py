import streamlit as st

st.write("before")
st.form_submit_button("Lonely submit")
