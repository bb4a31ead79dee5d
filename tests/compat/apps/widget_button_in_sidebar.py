# step: at.sidebar.button[0].click().run()
# step: at.run()
import streamlit as st

if st.sidebar.button("Go"):
    st.write("clicked")
else:
    st.write("waiting")
