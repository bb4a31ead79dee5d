import streamlit as st

placeholder = st.empty()
with placeholder.container():
    st.write("This is one element")
    st.write("This is another")
st.write("after")
