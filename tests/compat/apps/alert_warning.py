import streamlit as st

st.warning("This is a warning")
st.warning("This is a warning with an icon", icon="⚠️")
