import streamlit as st

with st.chat_message("user"):
    st.write("Hello 👋")
message = st.chat_message("assistant")
message.write("Hello human")
message.bar_chart({"a": [1, 2, 3]})
