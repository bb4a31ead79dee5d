# step: at.button[0].click().run()
import streamlit as st

if "computed" not in st.session_state:
    st.session_state.computed = 0


@st.cache_data(show_spinner=False)
def load(n: int) -> list[int]:
    st.session_state.computed += 1
    return list(range(n))


if st.button("Clear cache"):
    st.cache_data.clear()
st.write(f"length {len(load(3))}")
st.write(f"computed {st.session_state.computed}")
