# step: at.radio[0].set_value("B").run()
import streamlit as st

choice = st.radio("Pick one", ["A", "B", "C"], index=None, horizontal=True)
st.write(f"choice: {choice}")
st.radio("Formatted", [1, 2, 3], format_func=lambda n: f"Option {n}")
