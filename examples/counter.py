"""A counter: one button and one line of text. The benchmarks use this app.

Run it with ``desk run examples/counter.py``.
"""

import streamlit as st

if "count" not in st.session_state:
    st.session_state.count = 0

if st.button("Add"):
    st.session_state.count += 1

st.write(f"Count: {st.session_state.count}")
