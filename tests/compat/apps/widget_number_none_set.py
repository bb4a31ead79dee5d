# step: at.number_input[0].set_value(12).run()
import streamlit as st

n = st.number_input("Count", value=None, min_value=0, step=1)
st.write("nothing" if n is None else f"count {n}")
