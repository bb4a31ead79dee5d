# step: at.date_input[0].set_value(datetime.date(2024, 3, 1)).run()
import streamlit as st

d = st.date_input("Pick a day", value=None)
st.write(f"day: {d}")
