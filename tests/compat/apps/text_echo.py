import streamlit as st

with st.echo():
    st.write("This code will be printed")
st.write("after")
