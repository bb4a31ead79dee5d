import streamlit as st

with st.sidebar:
    a, b = st.columns(2)
    a.button("Left")
    b.button("Right")
st.write("main")
