# step: at.checkbox[1].check().run()
import streamlit as st

cols = st.columns(3)
checks = [col.checkbox(f"Option {i}", key=f"opt{i}") for i, col in enumerate(cols)]
st.write(f"checked: {[i for i, c in enumerate(checks) if c]}")
