import streamlit as st

st.table({"fruit": ["apple", "pear"], "count": [3, 4]})
st.table([[1, 2], [3, 4]])
