"""A CSV explorer: open a CSV file (or use the bundled sample), filter it, chart it, save the result.

Shows ``st.file_uploader``, ``st.cache_data``, filters in the sidebar, ``st.dataframe``,
``st.bar_chart`` and ``st.download_button``. Run it with ``desk run examples/csv_explorer.py``.
"""

import io
from pathlib import Path

import pandas as pd
import streamlit as st

SAMPLE = Path(__file__).parent / "data" / "cafe_orders.csv"

st.set_page_config(page_title="CSV explorer", page_icon="🔎", layout="wide")
st.title("🔎 CSV explorer")


def is_text(column: pd.Series) -> bool:
    return pd.api.types.is_object_dtype(column) or pd.api.types.is_string_dtype(column)


@st.cache_data
def load_csv(data: bytes) -> pd.DataFrame:
    """Parse CSV bytes; columns that look like dates become dates."""
    frame = pd.read_csv(io.BytesIO(data))
    for column in frame.columns:
        if is_text(frame[column]) and column.lower() in ("date", "day", "time", "timestamp"):
            frame[column] = pd.to_datetime(frame[column], errors="coerce")
    return frame


uploaded = st.file_uploader("Open a CSV file", type=["csv"], help="Nothing leaves this computer.")
if uploaded is not None:
    source_name = uploaded.name
    raw = uploaded.getvalue()
else:
    source_name = SAMPLE.name
    raw = SAMPLE.read_bytes()
    st.info(f"Showing the bundled sample ({SAMPLE.name}). Open a CSV file to explore your own data.")

try:
    data = load_csv(raw)
except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as error:
    st.error(f"{source_name} is not a CSV file this app can read: {error}")
    st.stop()

categorical = [c for c in data.columns if is_text(data[c]) and 1 < data[c].nunique() <= 30]
numeric = [c for c in data.columns if pd.api.types.is_numeric_dtype(data[c])]

filtered = data
with st.sidebar:
    st.header("Filters")
    for column in categorical:
        options = sorted(data[column].dropna().unique().tolist())
        chosen = st.multiselect(column, options, default=options, key=f"filter:{column}")
        filtered = filtered[filtered[column].isin(chosen)]
    if numeric:
        range_column = st.selectbox("Range on", numeric, key="range_column")
        as_number = int if pd.api.types.is_integer_dtype(data[range_column]) else float
        low, high = as_number(data[range_column].min()), as_number(data[range_column].max())
        if low < high:
            chosen_low, chosen_high = st.slider(
                f"{range_column} between", low, high, (low, high), key=f"range:{range_column}"
            )
            filtered = filtered[filtered[range_column].between(chosen_low, chosen_high)]
    search = st.text_input("Rows containing", key="search", placeholder="any text")
    if search:
        text = filtered.astype(str).apply(lambda row: " ".join(row).lower(), axis=1)
        filtered = filtered[text.str.contains(search.lower(), regex=False)]

rows, columns, share = st.columns(3)
rows.metric("Rows", f"{len(filtered):,}", delta=f"{len(filtered) - len(data):,}" if len(filtered) != len(data) else None)
columns.metric("Columns", len(data.columns))
share.metric("Of all rows", f"{len(filtered) / max(len(data), 1):.0%}")

st.subheader(f"Data: {source_name}")
dates = {c: st.column_config.DateColumn(c) for c in data.columns if pd.api.types.is_datetime64_any_dtype(data[c])}
st.dataframe(filtered, hide_index=True, column_config=dates)

if categorical and numeric:
    st.subheader("Chart")
    left, right = st.columns(2)
    group = left.selectbox("Group by", categorical, key="group_by")
    measure = right.selectbox("Sum of", numeric, index=len(numeric) - 1, key="measure")
    totals = filtered.groupby(group, as_index=False)[measure].sum().sort_values(measure, ascending=False)
    st.bar_chart(totals, x=group, y=measure)
    if not totals.empty:
        top = totals.iloc[0]
        st.caption(f"Largest: {top[group]} with {top[measure]:,.2f}.")

st.download_button(
    "Download the filtered rows (CSV)",
    data=filtered.to_csv(index=False).encode("utf-8"),
    file_name=f"filtered_{Path(source_name).stem}.csv",
    mime="text/csv",
    disabled=filtered.empty,
)
