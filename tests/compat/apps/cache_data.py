# step: at.button[0].click().run()
import streamlit as st

if "calls" not in st.session_state:
    st.session_state.calls = 0


@st.cache_data
def square(x: int) -> int:
    st.session_state.calls += 1
    return x * x


st.button("Rerun")
st.write("square(4) =", square(4))
st.write("square(5) =", square(5))
st.write("square(4) =", square(4))
st.write("computed", st.session_state.calls, "times")
