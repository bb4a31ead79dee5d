import streamlit as st

st.text_input("Name", key="name")
st.session_state.name = "changed"
st.write("after")
