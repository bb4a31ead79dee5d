import streamlit as st

st.code("a = 1\nb = 2", language="python", line_numbers=True)
st.code("no wrap " * 5, wrap_lines=True)
st.markdown("- one\n- two\n\n1. first\n2. second")
