import streamlit as st

uploaded_file = st.file_uploader("Choose a file")
if uploaded_file is not None:
    st.write("filename:", uploaded_file.name)
else:
    st.write("No file yet")
st.file_uploader("Choose CSV files", accept_multiple_files=True, type="csv")
