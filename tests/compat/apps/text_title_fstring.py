import streamlit as st

n = 3
st.title(f"{n} items")
st.header(f"Total: {n * 2.5}")
st.text(f"{n:03d}")
