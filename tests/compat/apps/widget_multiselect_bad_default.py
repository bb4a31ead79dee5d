import streamlit as st

st.multiselect("Colors", ["red", "green"], default=["blue"])
