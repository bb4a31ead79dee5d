import streamlit as st

counter = st.components.v2.component("counter", html="<button>+</button>", js="export default function () {}")
result = counter(
    key="c", data={"label": "Count"}, default={"count": 0}, on_count_change=lambda: None, on_clicked_change=lambda: None
)
st.write(f"count {result.count} clicked {result.clicked}")
st.write(f"names {sorted(result)}")
st.write(f"session state {dict(st.session_state.c)}")
