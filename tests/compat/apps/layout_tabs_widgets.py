# step: at.text_input[0].input("typed in a tab").run()
import streamlit as st

first, second = st.tabs(["Input", "Output"])
with first:
    text = st.text_input("Type something")
with second:
    st.write(f"You typed: {text}")
