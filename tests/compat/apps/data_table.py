import pandas as pd
import streamlit as st

df = pd.DataFrame({"Name": ["Ann", "Bob"], "Score": [90, 85]})
st.table(df)
