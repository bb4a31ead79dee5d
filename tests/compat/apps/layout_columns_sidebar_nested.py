import streamlit as st

with st.sidebar:
    a, b = st.columns(2)
    with a:
        c, d = st.columns(2)
        c.write("nested in the sidebar")
st.write("main")
