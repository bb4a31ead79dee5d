"""A submit button without a key shows in st.session_state under a key made of form and label."""

import streamlit as st

with st.form("signup"):
    st.text_input("Name", key="name")
    sent = st.form_submit_button("Send")

st.write(st.session_state.to_dict())
st.write("FormSubmitter:signup-Send" in st.session_state)
# step: at.text_input(key="name").set_value("Ann")
# step: at.button[0].click().run()
