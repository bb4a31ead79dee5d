import streamlit as st

left, right = st.columns(2, gap="large", vertical_alignment="center")
with left:
    a, b = st.columns([1, 2])
    a.write("a")
    b.write("b")
right.write("right")
st.columns(3, border=True)[1].write("middle")
