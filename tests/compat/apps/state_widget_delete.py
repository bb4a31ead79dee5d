# step: at.button[0].click().run()
import streamlit as st

if "value" not in st.session_state:
    st.session_state.value = "initial"
if st.button("Forget"):
    del st.session_state["value"]
st.write(f"has value: {'value' in st.session_state}")
