import streamlit as st

text = st.write_stream(["Hello", " ", "list"])
st.write(f"got {text!r}")
