import streamlit as st

st.number_input("Out of range", min_value=0, max_value=5, value=9)
