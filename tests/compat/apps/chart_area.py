import pandas as pd
import streamlit as st

df = pd.DataFrame({"a": [1, 2, 3], "b": [3, 2, 1]})
st.area_chart(df)
st.area_chart(df, stack="center")
