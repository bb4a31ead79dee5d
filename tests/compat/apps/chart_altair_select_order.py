import altair as alt
import pandas as pd
import streamlit as st

# Two selection parameters added in reverse name order: the selection state lists them by name.
df = pd.DataFrame({"x": [1, 2, 3], "y": [2, 3, 1]})
zoom = alt.selection_interval(name="zoom")
click = alt.selection_point(name="click")
chart = alt.Chart(df).mark_point().encode(x="x", y="y").add_params(zoom, click)
event = st.altair_chart(chart, on_select="rerun", key="picks")
st.write(list(event.selection))
st.session_state.picks  # noqa: B018 (magic shows the state)
