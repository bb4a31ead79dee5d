import streamlit as st

st.checkbox("Same")
st.checkbox("Same")
st.write("never")
