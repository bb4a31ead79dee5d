# step: at.button[0].click().run()
import streamlit as st

if "count" not in st.session_state:
    st.session_state.count = 0


@st.fragment
def part() -> None:
    st.write(f"fragment sees {st.session_state.count}")
    if st.button("Bump"):
        st.session_state.count += 1
        st.rerun(scope="fragment")


part()
st.write("main body")
