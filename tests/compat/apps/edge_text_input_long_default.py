import streamlit as st

text = st.text_input("Short input", "a default longer than max", max_chars=4)
st.write(f"text {text!r}")
