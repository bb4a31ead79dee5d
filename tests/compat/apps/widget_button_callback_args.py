# step: at.button(key="like").click().run()
import streamlit as st

if "log" not in st.session_state:
    st.session_state.log = []


def record(what: str, times: int = 1) -> None:
    st.session_state.log.append(what * times)


st.button("Like", key="like", on_click=record, args=("like",), kwargs={"times": 2})
st.write(f"log: {st.session_state.log}")
