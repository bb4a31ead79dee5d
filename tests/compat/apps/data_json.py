import streamlit as st

st.json(
    {
        "foo": "bar",
        "stuff": ["stuff 1", "stuff 2", "stuff 3"],
        "level1": {"level2": {"level3": {"a": "b"}}},
    },
    expanded=2,
)
