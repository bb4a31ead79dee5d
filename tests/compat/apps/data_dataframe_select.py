import pandas as pd
import streamlit as st

df = pd.DataFrame({"x": [1, 2, 3]})
event = st.dataframe(df, on_select="rerun", selection_mode="multi-row", key="grid")
st.write(f"selected rows: {event.selection.rows}")
