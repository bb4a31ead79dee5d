import streamlit as st

st.select_slider("Pick", ["a", "b", "c"], value="z")
