import numpy as np
import pandas as pd
import pyarrow as pa
import streamlit as st

# Column names when the data has none: pandas' 0 for a Series, Index or Arrow array, "value" for numpy.
st.write(pd.Series([1, 2]))
st.dataframe(pd.Index(["a", "b"]))
st.write(np.array([1, 2]))
st.table(np.array([[1], [2]]))
st.dataframe(pa.array([3, 4]))
edited = st.data_editor(pd.Series([5, 6]))
st.write(repr(edited.name))
