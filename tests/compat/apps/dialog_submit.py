# step: at.button[0].click().run()
# step: (at.text_input[0].input("it is fast"), at.button[1].click().run())
import streamlit as st


@st.dialog("Vote")
def vote() -> None:
    reason = st.text_input("Because...")
    if st.button("Submit"):
        st.session_state.vote = reason
        st.rerun()


if "vote" not in st.session_state:
    if st.button("Open"):
        vote()
else:
    st.write(f"voted: {st.session_state.vote}")
