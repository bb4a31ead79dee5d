# step: at.text_input[0].input("x").run()
import streamlit as st

value = st.text_input("Required value")
if not value:
    st.info("Enter a value to continue")
    st.stop()
st.write(f"Got {value}")
with st.sidebar:
    st.write("shown after the value")
