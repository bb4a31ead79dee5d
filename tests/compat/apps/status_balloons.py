import streamlit as st

st.balloons()
st.snow()
st.write("celebrated")
