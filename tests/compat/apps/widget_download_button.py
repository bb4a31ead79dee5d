import streamlit as st

csv = "a,b\n1,2\n"
st.download_button(label="Download data as CSV", data=csv, file_name="large_df.csv", mime="text/csv")
st.download_button("Download text", "hello", file_name="hello.txt", icon=":material/download:")
