import streamlit as st

st.caption("first\nsecond")
st.code("  indented\n\ttabbed")
st.text("\ttab")
