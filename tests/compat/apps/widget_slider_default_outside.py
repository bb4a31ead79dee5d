import datetime as dt

import streamlit as st

st.text(repr(st.slider("Below", 1.0, 8.0, 0.5)))
st.text(repr(st.slider("Above", 1, 8, 9)))
st.text(repr(st.slider("Range", 1, 8, (0, 5))))
st.text(repr(st.slider("Dates", dt.date(2020, 1, 1), dt.date(2020, 2, 1), dt.date(2019, 1, 1))))
# step: at.slider[0].set_value(3.5).run()
# step: at.slider[2].set_value((2, 6)).run()
