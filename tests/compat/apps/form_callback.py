# step: at.button[0].click().run()
import streamlit as st

if "submitted" not in st.session_state:
    st.session_state.submitted = 0


def on_submit() -> None:
    st.session_state.submitted += 1


with st.form("f"):
    st.slider("Value", 0, 10, 5, key="value")
    st.form_submit_button("Send", on_click=on_submit)
st.write(f"submitted {st.session_state.submitted} times, value {st.session_state.value}")
