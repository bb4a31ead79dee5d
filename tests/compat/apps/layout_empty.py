import streamlit as st

placeholder = st.empty()
placeholder.text("Hello")
placeholder.write("Replaced")
st.write("after")
with st.empty():
    st.write("first")
    st.write("second")
