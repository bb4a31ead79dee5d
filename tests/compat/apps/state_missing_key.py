import streamlit as st

st.write("before")
st.write(st.session_state.not_there)
