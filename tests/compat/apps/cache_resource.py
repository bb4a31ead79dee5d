# step: at.button[0].click().run()
import streamlit as st


class Connection:
    opened = 0

    def __init__(self) -> None:
        Connection.opened += 1


@st.cache_resource
def connect() -> Connection:
    return Connection()


first = connect()
second = connect()
st.button("Rerun")
st.write(f"same object: {first is second}")
