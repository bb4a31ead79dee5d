# step: at.number_input[0].set_value(3.5).run()
# step: at.number_input[1].increment().run()
import streamlit as st

number = st.number_input("Insert a number")
st.write("The current number is ", number)
count = st.number_input("Count", min_value=0, max_value=10, value=5, step=1)
st.write("Count:", count)
