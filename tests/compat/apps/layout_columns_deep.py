import streamlit as st

a, b = st.columns(2)
with a:
    c, d = st.columns(2)
    with c:
        e, f = st.columns(2)
        e.write("deep")
st.write("end")
