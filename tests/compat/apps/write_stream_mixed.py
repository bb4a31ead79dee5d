import streamlit as st


def chunks():
    yield "Some text "
    yield {"data": 1}
    yield "more text"


result = st.write_stream(chunks)
st.write(f"{len(result)} parts")
