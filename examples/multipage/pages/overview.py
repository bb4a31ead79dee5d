"""Overview: the year so far for the region picked in the sidebar."""

import streamlit as st
from dashboard_data import MONTHS, money, monthly

region = st.session_state.region
currency = st.session_state.currency
values = monthly(region)

st.title("Overview")
st.caption(f"Region: {region} · Currency: {currency}")
left, right = st.columns(2)
left.metric("Total sales", money(sum(values), currency))
right.metric(f"Sales in {MONTHS[-1]}", money(values[-1], currency), delta=values[-1] - values[-2])
if st.button("See the monthly figures"):
    st.switch_page("pages/sales.py")
