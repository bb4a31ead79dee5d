# step: at.button_group[0].set_value("Sad").run()
import streamlit as st

mood = st.pills("Mood", ["Happy", "Sad", "Angry"], default="Happy")
st.write(f"mood: {mood}")
