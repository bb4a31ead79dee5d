import streamlit as st

with st.status("Downloading data...", expanded=True) as status:
    st.write("Searching for data...")
    st.write("Found URL.")
    status.update(label="Download complete!", state="complete", expanded=False)
with st.status("Failed", state="error"):
    st.write("nothing")
