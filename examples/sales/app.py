"""Sales report: a small data app that `desk build` turns into one executable.

Reads a CSV bundled with the app, summarises it with pandas and pyarrow, and lets the
user pick a region. Used by tests/packager to build a real single-file app.
"""

from pathlib import Path

import pandas as pd
import pyarrow as pa
import streamlit as st
from report import summarise

st.set_page_config(page_title="Sales report")
st.title("Sales report")


@st.cache_data
def load(path: str) -> pd.DataFrame:
    return pd.read_csv(path)


data = load(str(Path(__file__).parent / "data" / "sales.csv"))
region = st.selectbox("Region", sorted(data["region"].unique()))
summary = summarise(data, region)
st.metric("Total sales", f"{summary['total']:,}")
st.dataframe(data[data["region"] == region], hide_index=True)
st.caption(f"{pa.Table.from_pandas(data).num_rows} rows loaded with pyarrow {pa.__version__}")
