import altair as alt
import pandas as pd
import streamlit as st

df = pd.DataFrame({"a": [1, 2, 3], "b": [3, 1, 2]})
point = alt.selection_point(name="pick")
chart = alt.Chart(df).mark_point().encode(x="a", y="b").add_params(point)
event = st.altair_chart(chart, on_select="rerun", key="chart")
st.write(f"selection keys: {sorted(event.selection.keys())}")
