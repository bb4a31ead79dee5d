import datetime as dt

import streamlit as st

st.text(repr(st.date_input("Born", dt.date(2024, 6, 1))))
st.text(repr(st.date_input("Trip", (dt.date(2024, 6, 1), dt.date(2024, 6, 9)))))
# step: at.date_input[0].set_value(datetime.date(2020, 1, 1)).run()
# step: at.date_input[0].set_value(datetime.date(1990, 5, 17)).run()
# step: at.date_input[1].set_value((datetime.date(2040, 1, 1), datetime.date(2040, 1, 2))).run()
