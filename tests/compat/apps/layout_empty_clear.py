# step: at.button[0].click().run()
import streamlit as st

placeholder = st.empty()
placeholder.write("Temporary")
if st.button("Clear"):
    placeholder.empty()
st.write("end")
