"""Settings: the currency every page uses (kept in st.session_state, so it survives page changes)."""

import streamlit as st
from dashboard_data import RATES

st.title("Settings")


def remember_currency() -> None:
    st.session_state.currency = st.session_state.currency_choice


st.radio(
    "Currency",
    list(RATES),
    index=list(RATES).index(st.session_state.currency),
    key="currency_choice",
    on_change=remember_currency,
)
st.write(f"Figures are shown in {st.session_state.currency}.")
