# step: at.button(key="hello").click().run()
import streamlit as st

if st.button("Say hello", key="hello"):
    st.write("Why hello there")
else:
    st.write("Goodbye")
st.button("Secondary", type="secondary")
st.button("Tertiary", type="tertiary", disabled=True)
