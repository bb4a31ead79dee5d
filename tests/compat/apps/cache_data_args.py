# step: at.number_input[0].set_value(4).run()
import streamlit as st


@st.cache_data
def table(n: int) -> list[int]:
    return [i * i for i in range(n)]


n = st.number_input("N", 1, 10, 3)
st.write(f"squares {table(n)}")
