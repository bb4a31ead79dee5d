# step: at.radio[0].set_value("Documentary").run()
import streamlit as st

genre = st.radio(
    "What's your favorite movie genre",
    [":rainbow[Comedy]", "***Drama***", "Documentary :movie_camera:", "Documentary"],
    captions=["Laugh out loud.", "Get the popcorn.", "Never stop learning.", "Plain."],
)
if genre == ":rainbow[Comedy]":
    st.write("You selected comedy.")
else:
    st.write(f"You didn't select comedy: {genre}")
