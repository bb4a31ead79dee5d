import pandas as pd
import streamlit as st

table = st.dataframe(pd.DataFrame({"a": [1, 2]}))
table.add_rows(pd.DataFrame({"a": [3]}))
chart = st.line_chart(pd.DataFrame({"a": [1, 2]}))
chart.add_rows(pd.DataFrame({"a": [3]}))
