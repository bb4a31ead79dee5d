import streamlit as st

with st.sidebar.form("filters"):
    st.multiselect("Regions", ["North", "South"])
    st.form_submit_button("Apply")
st.write("main area")
