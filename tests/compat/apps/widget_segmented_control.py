# step: at.button_group[0].set_value("East").run()
import streamlit as st

options = ["North", "East", "South", "West"]
selection = st.segmented_control("Directions", options)
st.markdown(f"Your selected option: {selection}.")
