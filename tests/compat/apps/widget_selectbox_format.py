# step: at.selectbox[0].select(3).run()
import streamlit as st

n = st.selectbox("Stars", [1, 2, 3], format_func=lambda v: "★" * v)
st.write(f"chose {n}")
