import streamlit as st

left, right = st.columns(2)
with left:
    with st.chat_message("user"):
        st.write("left message")
right.chat_message("assistant").write("right message")
