import streamlit as st

st.badge("New")
st.badge("Success", icon=":material/check:", color="green")
st.markdown(":violet-badge[:material/star: Favorite] :orange-badge[⚠️ Needs review]")
