# step: at.multiselect[0].select("Blue").run()
# step: at.multiselect[0].unselect("Yellow").run()
import streamlit as st

options = st.multiselect(
    "What are your favorite colors?",
    ["Green", "Yellow", "Red", "Blue"],
    ["Yellow", "Red"],
)
st.write("You selected:", options)
