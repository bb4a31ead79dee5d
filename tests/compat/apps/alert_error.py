import streamlit as st

st.error("This is an error")
st.error("An error with an icon", icon="🚨")
