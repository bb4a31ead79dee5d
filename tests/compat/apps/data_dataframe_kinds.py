import numpy as np
import pandas as pd
import streamlit as st

st.dataframe([{"a": 1, "b": "x"}, {"a": 2, "b": "y"}])
st.dataframe(np.arange(6).reshape(2, 3))
st.dataframe(pd.Series([1.5, 2.5], name="s"))
st.dataframe({"col": [True, False]})
