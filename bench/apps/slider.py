"""Benchmark app: a slider whose value is echoed. The same file runs under desk and Streamlit."""

import streamlit as st

value = st.slider("Level", 0, 1000, 0)
st.write(f"Level is {value}")
