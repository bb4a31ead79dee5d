import streamlit as st

st.metric("Float", 1234.5)
st.metric("Int", 42, delta=-3)
st.metric("None", None)
st.metric("Bordered", "1 %", "+2 %", border=True, help="help text")
