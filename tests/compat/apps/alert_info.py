import streamlit as st

st.info("This is a purely informational message")
st.info("Information with an icon", icon="ℹ️")
