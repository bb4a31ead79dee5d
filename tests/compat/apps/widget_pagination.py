import streamlit as st

page = st.pagination(5)
st.write(f"page {page}")
