import streamlit as st

col1, col2, col3 = st.columns(3)
with col1:
    st.header("A cat")
with col2:
    st.header("A dog")
col3.header("An owl")
left, right = st.columns([3, 1])
left.write("wide")
right.write("narrow")
