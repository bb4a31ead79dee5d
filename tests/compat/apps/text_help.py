import streamlit as st


def greet(name: str) -> str:
    """Say hello to someone."""
    return f"Hello {name}"


st.help(greet)
