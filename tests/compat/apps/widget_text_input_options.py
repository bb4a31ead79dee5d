# step: at.text_input(key="pw").input("secret").run()
import streamlit as st

st.text_input("Your name", placeholder="Type here", max_chars=20)
pw = st.text_input("Password", type="password", key="pw")
st.write(f"password has {len(pw)} characters")
st.text_input("Hidden label", label_visibility="collapsed", value="no label shown")
