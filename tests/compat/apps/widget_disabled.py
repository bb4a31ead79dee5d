import streamlit as st

st.text_input("Disabled text", "fixed", disabled=True)
st.slider("Disabled slider", 0, 10, 4, disabled=True)
st.selectbox("Disabled select", ["a", "b"], disabled=True)
st.button("Disabled button", disabled=True)
st.checkbox("Disabled check", True, disabled=True)
