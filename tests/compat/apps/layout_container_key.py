import streamlit as st

with st.container(key="my_box", border=True):
    st.write("keyed container")
st.container(height="content").write("content height")
