# step: at.button[0].click().run()
import streamlit as st

if st.button("Save"):
    st.toast("Your edited image was saved!", icon="😍")
st.write("page")
