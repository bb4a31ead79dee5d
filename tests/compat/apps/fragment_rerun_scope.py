# step: at.button[0].click().run()
import streamlit as st

if "n" not in st.session_state:
    st.session_state.n = 0


@st.fragment
def counter() -> None:
    if st.button("Add"):
        st.session_state.n += 1
        st.rerun(scope="app")
    st.write(f"inside {st.session_state.n}")


counter()
st.write(f"outside {st.session_state.n}")
