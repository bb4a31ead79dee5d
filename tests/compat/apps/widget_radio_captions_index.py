# step: at.radio[0].set_value("Two").run()
import streamlit as st

choice = st.radio(
    "Pick", ["One", "Two", "Three"], index=2, captions=["1", "2", "3"], label_visibility="hidden"
)
st.write(f"picked {choice}")
