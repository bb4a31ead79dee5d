import streamlit as st

st.write("before")
raise ValueError("something went wrong")
