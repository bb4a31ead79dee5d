import streamlit as st

st.json([1, "two", {"three": 3}])
st.json('{"already": "a string"}', expanded=False)
