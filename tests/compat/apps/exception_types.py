import streamlit as st

st.exception(TypeError("wrong type"))
try:
    {}["key"]
except KeyError as error:
    st.exception(error)
st.error("plain error after exceptions")
