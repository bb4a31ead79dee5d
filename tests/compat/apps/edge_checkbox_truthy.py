import streamlit as st

a = st.checkbox("One", value=1)
b = st.toggle("Zero", value=0)
st.write(f"{a!r} {b!r}")
