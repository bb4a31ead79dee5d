# step: (at.text_input[0].input("a"), at.text_input[1].input("b"), at.button[1].click().run())
import streamlit as st

with st.form("first"):
    one = st.text_input("One")
    sent_one = st.form_submit_button("Send one")
with st.form("second"):
    two = st.text_input("Two")
    sent_two = st.form_submit_button("Send two")
st.write(f"one={one!r} sent={sent_one}; two={two!r} sent={sent_two}")
