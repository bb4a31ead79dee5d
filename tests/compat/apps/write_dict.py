import streamlit as st

st.write({"name": "desk", "version": [1, 2, 3], "nested": {"ok": True}})
st.write(["a", "b", "c"])
