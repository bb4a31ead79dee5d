import streamlit as st

left, right = st.columns(2)
with left:
    st.write("left")
    st.stop()
right.write("never")
