import pandas as pd
import streamlit as st

df = pd.DataFrame({"col1": ["A", "B", "C"], "col2": [1, 4, 2], "col3": [3, 1, 5]})
st.bar_chart(df, x="col1", y=["col2", "col3"])
st.bar_chart(df, x="col1", y="col2", horizontal=True)
