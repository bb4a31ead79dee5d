"""Sales by month, as a table, for the sidebar's region."""

import streamlit as st
from dashboard_data import MONTHS, money, monthly

region = st.session_state.region
currency = st.session_state.currency
values = monthly(region)

st.title("Sales by month")
show_all = st.toggle("Show every month", value=True)
months = MONTHS if show_all else MONTHS[-3:]
rows = values if show_all else values[-3:]
st.table({"Month": months, "Sales": [money(v, currency) for v in rows]})
best = MONTHS[values.index(max(values))]
st.write(f"Best month in {region}: **{best}**")
