import datetime

import streamlit as st

d = st.date_input(
    "Outside",
    datetime.date(2020, 1, 1),
    min_value=datetime.date(2021, 1, 1),
    max_value=datetime.date(2021, 12, 31),
)
st.write(f"d {d}")
