import pandas as pd
import streamlit as st

df = pd.DataFrame(
    {"day": [1, 2, 3, 1, 2, 3], "value": [3, 4, 5, 1, 2, 2], "kind": ["a", "a", "a", "b", "b", "b"]}
)
st.line_chart(df, x="day", y="value", color="kind", x_label="Day", y_label="Value")
