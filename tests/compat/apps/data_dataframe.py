import pandas as pd
import streamlit as st

df = pd.DataFrame({"a": [1, 2, 3], "b": [0.5, 1.5, 2.5], "c": ["x", "y", "z"]})
st.dataframe(df)
st.dataframe(df, hide_index=True)
