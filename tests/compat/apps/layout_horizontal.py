import streamlit as st

row = st.container(horizontal=True)
row.button("One")
row.button("Two")
st.write("below")
