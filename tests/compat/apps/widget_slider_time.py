import datetime

import streamlit as st

appointment = st.slider("Schedule your appointment:", value=(datetime.time(11, 30), datetime.time(12, 45)))
st.write("You're scheduled for:", appointment)
start = st.slider(
    "When do you start?",
    value=datetime.date(2020, 1, 1),
    min_value=datetime.date(2019, 1, 1),
    max_value=datetime.date(2021, 1, 1),
    format="MM/DD/YY",
)
st.write("Start:", start)
