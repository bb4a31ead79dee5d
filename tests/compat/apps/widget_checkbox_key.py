# step: at.checkbox(key="agree").check().run()
import streamlit as st

st.checkbox("Agree", key="agree")
st.write(f"state says {st.session_state.agree}")
