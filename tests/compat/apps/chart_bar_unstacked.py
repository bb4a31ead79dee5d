import pandas as pd
import streamlit as st

df = pd.DataFrame({"x": ["a", "b"], "one": [1, 2], "two": [2, 1]})
st.bar_chart(df, x="x", stack=False)
st.bar_chart(df, x="x", y=["one", "two"], color=["#ff0000", "#0000ff"])
