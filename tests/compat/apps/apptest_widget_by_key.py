# step: at.text_input(key="first").input("one").run()
# step: at.number_input(key="second").set_value(2.5).run()
import streamlit as st

a = st.text_input("First", key="first")
b = st.number_input("Second", key="second")
st.write(f"{a} / {b}")
