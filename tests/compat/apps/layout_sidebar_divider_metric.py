import streamlit as st

st.sidebar.metric("Users", 10, 2)
st.sidebar.divider()
st.sidebar.code("print('hi')")
st.sidebar.caption("caption")
