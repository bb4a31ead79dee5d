import streamlit as st

st.title("Custom anchor", anchor="my-anchor")
st.header("No anchor", anchor=False)
st.subheader("With help", help="Some help text")
st.markdown("Markdown with help", help="tooltip")
