import streamlit as st

st.title("Partial output")
with st.sidebar:
    st.write("sidebar first")
items = [1, 2]
st.write(items[5])
