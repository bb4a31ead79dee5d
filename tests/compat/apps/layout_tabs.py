import streamlit as st

tab1, tab2, tab3 = st.tabs(["Cat", "Dog", "Owl"])
with tab1:
    st.header("A cat")
with tab2:
    st.header("A dog")
tab3.write("An owl")
