import streamlit as st

with st.form("outer"):
    with st.form("inner"):
        st.write("nested")
    st.form_submit_button("Submit")
