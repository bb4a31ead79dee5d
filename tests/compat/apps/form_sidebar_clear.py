# step: (at.sidebar.text_input[0].input("query"), at.sidebar.button[0].click().run())
import streamlit as st

with st.sidebar.form("search"):
    q = st.text_input("Search")
    go = st.form_submit_button("Go")
st.write(f"searched {q}" if go else "no search")
