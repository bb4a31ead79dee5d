import streamlit as st

a, b = st.columns(2)
with a.status("Left task", state="complete"):
    st.write("done left")
b.progress(30, text="right progress")
