# step: at.button[0].click().run()
import streamlit as st

left, right = st.columns(2)


@st.fragment
def counter() -> None:
    if "n" not in st.session_state:
        st.session_state.n = 0
    if st.button("Plus"):
        st.session_state.n += 1
    st.write(f"n = {st.session_state.n}")


with left:
    counter()
right.write("static")
