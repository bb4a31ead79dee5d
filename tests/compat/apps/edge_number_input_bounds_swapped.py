import streamlit as st

n = st.number_input("Swapped", min_value=10, max_value=5, value=7)
st.write(f"n {n}")
