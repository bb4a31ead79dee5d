from collections.abc import Iterator

import streamlit as st


def words() -> Iterator[str]:
    for word in ["Hello ", "streaming ", "world"]:
        yield word.upper() if word == "world" else word


result = st.write_stream(words())
st.write(f"streamed: {result}")
