# step: at.text_input[0].input("abcdef").run()
import streamlit as st

value = st.text_input("Short", max_chars=3)
st.write(f"value {value!r}")
