import streamlit as st

st.metric("Zero delta", 5, 0)
st.metric("Float delta", 1.5, 0.25)
st.metric("String delta", "x", "-1")
st.metric("Negative float", 2, -0.5, delta_color="inverse")
