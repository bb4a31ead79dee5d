import pandas as pd
import streamlit as st

df = pd.DataFrame({"x": [1, 2, 3, 4], "y": [4, 3, 2, 1], "size": [10, 20, 30, 40]})
st.scatter_chart(df, x="x", y="y", size="size")
