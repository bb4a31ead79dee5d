import streamlit as st

with st.sidebar:
    score = st.feedback("faces", key="face")
st.write(f"score {score}")
