import streamlit as st

st.write("above")
st.space("large")
st.write("below")
