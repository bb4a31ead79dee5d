import altair as alt
import pandas as pd
import streamlit as st

df = pd.DataFrame({"a": [1, 2, 3], "b": [3, 1, 2], "c": [1, 2, 3]})
chart = alt.Chart(df).mark_circle().encode(x="a", y="b", size="c", tooltip=["a", "b", "c"])
st.altair_chart(chart)
st.write("after the chart")
