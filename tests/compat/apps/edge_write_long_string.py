import streamlit as st

st.write("x" * 300)
st.text("line one\n    indented line\nline three")
st.markdown("  leading spaces kept?")
