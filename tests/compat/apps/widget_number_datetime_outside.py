import datetime as dt

import streamlit as st

if "qty" not in st.session_state:
    st.session_state.qty = 50
if "when" not in st.session_state:
    st.session_state.when = dt.datetime(2010, 1, 1, 8, 0)
st.text(repr((st.number_input("Qty", 0, 10, 5, key="qty"), st.session_state.qty)))
when = st.datetime_input("When", dt.datetime(2024, 6, 1, 8, 0), min_value=dt.datetime(2020, 1, 1), key="when")
st.text(repr((when, st.session_state.when)))
st.text(repr(st.number_input("Free", 0.0, 1.0, 0.5)))
st.text(repr(st.datetime_input("Trip", dt.datetime(2024, 6, 1, 9, 30), max_value=dt.datetime(2030, 1, 1))))
# step: at.number_input[0].set_value(7).run()
# step: at.number_input[1].set_value(0.25).run()
# step: at.number_input[0].set_value(70).run()
# step: at.number_input[1].set_value(3.0).run()
# step: at.datetime_input[1].set_value(datetime.datetime(2031, 1, 1, 8, 0)).run()
