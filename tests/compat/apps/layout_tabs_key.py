import streamlit as st

first, second = st.tabs(["First", "Second"], key="tabs")
first.write("one")
second.write("two")
