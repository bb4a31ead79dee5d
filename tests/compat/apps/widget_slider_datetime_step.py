# step: at.slider[0].set_value(datetime.datetime(2024, 1, 1, 12, 0)).run()
import datetime

import streamlit as st

moment = st.slider(
    "When",
    min_value=datetime.datetime(2024, 1, 1, 9, 0),
    max_value=datetime.datetime(2024, 1, 1, 17, 0),
    value=datetime.datetime(2024, 1, 1, 10, 0),
    step=datetime.timedelta(minutes=30),
    format="HH:mm",
)
st.write(f"at {moment:%H:%M}")
