# step: at.button[0].click().run()
import streamlit as st

if "runs" not in st.session_state:
    st.session_state.runs = 0
st.session_state.runs += 1
if st.button("Rerun twice"):
    st.session_state.rerun_once = True
if st.session_state.get("rerun_once"):
    st.session_state.rerun_once = False
    st.rerun()
st.write(f"runs {st.session_state.runs}")
