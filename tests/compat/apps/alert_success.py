import streamlit as st

st.success("This is a success message!")
st.success("Saved", icon="✅")
