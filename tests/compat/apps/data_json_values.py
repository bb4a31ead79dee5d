import datetime
import decimal

import numpy as np
import streamlit as st

st.json({"int64": np.int64(7), "float64": np.float64(1.5), "array": np.array([1, 2])})
st.json({"bytes": b"abc", "time": datetime.time(8, 30), "decimal": decimal.Decimal("1.10")})
st.json({"dt": datetime.datetime(2024, 1, 2, 3, 4, 5), "set": {1}, "tuple": (1, 2)})
