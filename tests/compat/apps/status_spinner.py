import streamlit as st

with st.spinner("Wait for it..."):
    x = sum(range(10))
st.success(f"Done! {x}")
