import streamlit as st

st.write(st.context.theme.type, st.context.theme["type"])
st.write(repr(st.context.is_embedded))


def words():
    yield "some "
    yield "text "
    yield {"and": "a dict"}


result = st.write_stream(words)
st.write(type(result).__name__, len(result))
