import streamlit as st

st.button("One", key="same")
st.button("Two", key="same")
st.write("not reached")
