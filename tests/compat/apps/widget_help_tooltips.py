import streamlit as st

st.text_input("With help", help="Type anything")
st.number_input("Number with help", help="A number")
st.radio("Radio with help", ["x", "y"], help="Pick")
