import datetime

import streamlit as st

when = st.datetime_input("Meeting", datetime.datetime(2024, 5, 1, 9, 30))
st.write(f"meeting at {when}")
