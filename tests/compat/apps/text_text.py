import streamlit as st

st.text("This is text\n[and more text](that's not a Markdown link).")
st.text("Fixed width")
