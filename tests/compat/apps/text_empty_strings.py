import streamlit as st

st.markdown("")
st.text("")
st.caption("")
st.write("")
st.title("")
