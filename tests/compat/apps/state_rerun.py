import streamlit as st

if "value" not in st.session_state:
    st.session_state.value = "Title"
st.header(st.session_state.value)
if st.session_state.value == "Title":
    st.session_state.value = "Changed"
    st.rerun()
st.write("after rerun")
