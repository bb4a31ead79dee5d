import streamlit as st


@st.fragment
def failing() -> None:
    st.write("inside")
    raise ValueError("fragment failed")


failing()
st.write("after the fragment")
