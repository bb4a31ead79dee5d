import pandas as pd
import streamlit as st

st.write("1 + 1 = ", 2)
st.write("Below is a DataFrame:", pd.DataFrame({"a": [1, 2]}), "Above is a DataFrame.")
