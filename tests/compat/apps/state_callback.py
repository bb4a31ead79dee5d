# step: at.button[0].click().run()
# step: at.button[1].click().run()
import streamlit as st

if "count" not in st.session_state:
    st.session_state.count = 0


def increment_counter(increment_value: int) -> None:
    st.session_state.count += increment_value


def decrement_counter(decrement_value: int = 1) -> None:
    st.session_state.count -= decrement_value


st.button("Increment", on_click=increment_counter, args=(5,))
st.button("Decrement", on_click=decrement_counter, kwargs=dict(decrement_value=2))
st.write("Count = ", st.session_state.count)
