# step: at.toggle[0].set_value(True).run()
import streamlit as st

on = st.toggle("Activate feature")
if on:
    st.write("Feature activated!")
