# step: at.button[0].click().run()
import streamlit as st


@st.fragment
def greeter(name: str) -> None:
    if st.button(f"Greet {name}"):
        st.write(f"Hello {name}")


greeter("Ada")
st.write("outside")
