import streamlit as st

st.write("This is some text.")
st.slider("This is a slider", 0, 100, (25, 75))
st.divider()
st.write("This text is between the horizontal rules.")
st.divider()
