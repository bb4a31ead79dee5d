import streamlit as st

choice = st.selectbox("Nothing to pick", [])
st.write(f"choice {choice!r}")
picked = st.multiselect("Nothing either", [])
st.write(f"picked {picked!r}")
