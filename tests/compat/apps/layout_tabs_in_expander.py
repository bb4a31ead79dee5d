import streamlit as st

with st.expander("Group", expanded=True):
    one, two = st.tabs(["One", "Two"])
    one.write("first")
    two.metric("Count", 3)
