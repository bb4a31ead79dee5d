# step: at.tabs[1].checkbox[0].check().run()
import streamlit as st

a, b = st.tabs(["A", "B"])
with a:
    st.write("tab a")
with b:
    flag = st.checkbox("Flag in B")
st.write(f"flag {flag}")
