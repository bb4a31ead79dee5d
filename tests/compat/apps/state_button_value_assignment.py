import streamlit as st

st.session_state.go = True
st.button("Go", key="go")
st.write("after")
