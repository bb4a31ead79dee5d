# step: at.multiselect[0].select("Red").run()
import streamlit as st

colors = st.multiselect(
    "Two colors at most", ["Green", "Yellow", "Red", "Blue"], max_selections=2, default=["Green"]
)
st.write(f"colors: {colors}")
st.multiselect("Numbers", [1, 2, 3], format_func=lambda n: "#" * n)
