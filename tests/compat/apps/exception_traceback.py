import streamlit as st


def inner() -> None:
    raise LookupError("deep problem")


def outer() -> None:
    inner()


try:
    outer()
except LookupError as error:
    st.exception(error)
st.write("handled")
outer()
