# step: at.select_slider[0].set_range("orange", "blue").run()
import streamlit as st

start, end = st.select_slider(
    "Select a range of color wavelength",
    options=["red", "orange", "yellow", "green", "blue", "indigo", "violet"],
    value=("red", "blue"),
)
st.write(f"from {start} to {end}")
