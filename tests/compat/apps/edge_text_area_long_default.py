import streamlit as st

text = st.text_area("Short box", "a default longer than max", max_chars=5)
st.write(f"text {text!r}")
