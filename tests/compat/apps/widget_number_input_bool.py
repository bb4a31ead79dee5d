import streamlit as st

age = st.number_input("Age", value=False)
height = st.number_input("Height", step=1, value=True)
st.write(age, height, type(age).__name__, type(height).__name__)
# step: at.number_input[1].increment().run()
