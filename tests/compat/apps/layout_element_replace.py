import streamlit as st

element = st.text("first")
element.markdown("replaced by markdown")
other = st.empty()
other.metric("m", 1)
other.write("now text")
