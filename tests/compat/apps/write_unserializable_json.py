import datetime

import streamlit as st

st.write({"when": datetime.date(2024, 1, 2), "obj": object.__name__, "nested": [1, (2, 3)]})
st.json({"set": "not a set", "float": 1.5, "none": None})
