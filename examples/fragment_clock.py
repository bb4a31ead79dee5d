"""A clock that ticks on its own, beside a counter that reruns only itself.

``@st.fragment(run_every=1)`` reruns the clock every second without rerunning the page;
the counter fragment's button reruns just that fragment. The caption counts full runs,
so you can see that neither fragment reruns the whole script.
"""

import datetime as dt

import streamlit as st

st.session_state.setdefault("full_runs", 0)
st.session_state.full_runs += 1

st.title("Fragments")
st.caption(f"Full runs of the page: {st.session_state.full_runs}")


@st.fragment(run_every=1)
def clock() -> None:
    st.session_state.setdefault("ticks", 0)
    st.session_state.ticks += 1
    st.metric("Time", dt.datetime.now().strftime("%H:%M:%S"))
    st.caption(f"Clock updates: {st.session_state.ticks}")


@st.fragment
def counter() -> None:
    st.session_state.setdefault("clicks", 0)
    if st.button("Click me"):
        st.session_state.clicks += 1
    st.markdown(f"Clicks: {st.session_state.clicks}")


clock_column, counter_column = st.columns(2)
with clock_column:
    clock()
with counter_column:
    counter()

st.button("Rerun the whole page")
