# step: at.button_group[0].set_value(["Bold", "Italic"]).run()
import streamlit as st

styles = st.segmented_control("Style", ["Bold", "Italic", "Underline"], selection_mode="multi")
st.write(f"styles: {styles}")
