# step: at.button[0].click().run()
import streamlit as st


def reset() -> None:
    st.session_state.word = "reset"


st.text_input("Word", "start", key="word")
st.button("Reset", on_click=reset)
st.write(f"word: {st.session_state.word}")
