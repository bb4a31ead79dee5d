import streamlit as st

st.toast("First")
st.toast("Second", icon="🎉")
st.write("two toasts")
