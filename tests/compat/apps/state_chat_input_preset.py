import streamlit as st

if "msg" not in st.session_state:
    st.session_state.msg = "prefilled"
said = st.chat_input("Say", key="msg")
st.write(f"said: {said}")
