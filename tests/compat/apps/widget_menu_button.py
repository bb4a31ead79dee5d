import streamlit as st

choice = st.menu_button("Actions", ["Copy", "Paste"])
st.write(f"choice {choice}")
