# step: at.button[0].click().run()
import pandas as pd
import streamlit as st


@st.cache_data
def load() -> pd.DataFrame:
    return pd.DataFrame({"x": [1, 2, 3]})


df = load()
df["x"] = df["x"] * 10
st.button("Again")
st.dataframe(load())
