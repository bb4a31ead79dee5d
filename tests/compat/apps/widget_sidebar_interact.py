# step: at.sidebar.slider[0].set_value(3).run()
import streamlit as st

n = st.sidebar.slider("Items", 1, 5, 2)
for i in range(n):
    st.write(f"item {i}")
