import datetime

import streamlit as st

st.write(datetime.date(2024, 5, 17))
st.write(ValueError("an error written"))
st.write(("a", 1))
st.write({1, 2})
