import pandas as pd
import streamlit as st

df = pd.DataFrame({"a": [1, 3, 2, 4], "b": [2, 2, 3, 1], "c": [0, 1, 0, 1]})
st.line_chart(df)
st.line_chart(df, x="c", y=["a", "b"])
