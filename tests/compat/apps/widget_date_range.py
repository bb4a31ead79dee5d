import datetime

import streamlit as st

jan_1 = datetime.date(2024, 1, 1)
dec_31 = datetime.date(2024, 12, 31)
d = st.date_input(
    "Select your vacation for next year",
    (jan_1, datetime.date(2024, 1, 7)),
    jan_1,
    dec_31,
    format="MM.DD.YYYY",
)
st.write(d)
