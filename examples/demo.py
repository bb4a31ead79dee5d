"""A tour of desk: widgets, the sidebar, columns, tabs, a form, data and a chart.

This is the app the README starts with: ``desk run examples/demo.py``.
"""

import datetime as dt

import pandas as pd
import streamlit as st

st.set_page_config(page_title="desk demo", page_icon="🖥️", layout="wide")

with st.sidebar:
    st.header("Options")
    city = st.selectbox("City", ["Lisbon", "Oslo", "Nairobi", "Lima"], key="city")
    days = st.slider("Days of data", 7, 90, 30, key="days")
    smooth = st.toggle("Smooth the curve", key="smooth")


@st.cache_data
def weather(city: str, days: int) -> pd.DataFrame:
    """Fake but deterministic temperatures: a seasonal wave per city."""
    import math

    offset = {"Lisbon": 17.0, "Oslo": 6.0, "Nairobi": 20.0, "Lima": 19.0}[city]
    start = dt.date(2024, 1, 1)
    rows = [
        {"day": start + dt.timedelta(days=i), "temperature": round(offset + 6 * math.sin(i / 9) + (i % 5) * 0.4, 1)}
        for i in range(days)
    ]
    return pd.DataFrame(rows)


data = weather(city, days)
if smooth:
    data = data.assign(temperature=data["temperature"].rolling(5, min_periods=1).mean().round(1))

st.title("desk demo")
st.markdown(f"Weather in **{city}** over the last **{days}** days. Every change reruns this script.")

first, second, third = st.columns(3)
first.metric("Average", f"{data['temperature'].mean():.1f} °C")
second.metric("Warmest", f"{data['temperature'].max():.1f} °C")
third.metric("Coldest", f"{data['temperature'].min():.1f} °C")

chart_tab, table_tab, about_tab = st.tabs(["Chart", "Table", "About"])
with chart_tab:
    st.line_chart(data, x="day", y="temperature")
with table_tab:
    st.dataframe(data, hide_index=True)
with about_tab:
    st.markdown("Built with `st.columns`, `st.tabs`, `st.cache_data`, `st.form` and friends.")

st.subheader("Plan a trip")
with st.form("trip"):
    name = st.text_input("Your name")
    travellers = st.number_input("Travellers", min_value=1, max_value=10, value=2)
    when = st.date_input("Leaving on", value=dt.date(2024, 6, 1))
    booked = st.form_submit_button("Book")

if booked:
    if name:
        st.success(f"{name}, {travellers} seats to {city} on {when:%d %B %Y} are booked.")
    else:
        st.warning("Please tell us your name.")

with st.expander("How many times has this page run?"):
    st.session_state.setdefault("runs", 0)
    st.session_state.runs += 1
    st.write(f"This session ran the script {st.session_state.runs} times.")
