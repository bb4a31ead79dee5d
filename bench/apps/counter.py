"""Benchmark app: a counter. The same file runs under desk and Streamlit."""

import streamlit as st

if "count" not in st.session_state:
    st.session_state.count = 0
if st.button("Add"):
    st.session_state.count += 1
st.write(f"Count: {st.session_state.count}")
