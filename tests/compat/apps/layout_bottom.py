import streamlit as st

st.bottom.write("pinned to the bottom")
with st.bottom:
    st.button("Bottom button")
st.write("main body")
