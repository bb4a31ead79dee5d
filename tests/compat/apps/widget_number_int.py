# step: at.number_input[0].increment().run()
# step: at.number_input[0].decrement().run()
# step: at.number_input[0].decrement().run()
import streamlit as st

n = st.number_input("Pick a number", min_value=1, max_value=3, value=2)
st.write(f"number {n}")
x = st.number_input("Insert a number", value=None, placeholder="Type a number...")
st.write(f"The current number is {x}")
