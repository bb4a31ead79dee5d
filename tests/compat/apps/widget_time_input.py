# step: at.time_input[0].set_value(datetime.time(12, 30)).run()
import datetime

import streamlit as st

t = st.time_input("Set an alarm for", datetime.time(8, 45))
st.write("Alarm is set for", t)
st.time_input("Step of an hour", datetime.time(9, 0), step=3600)
