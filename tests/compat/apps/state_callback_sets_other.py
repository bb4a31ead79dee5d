# step: at.selectbox[0].select("Celsius").run()
import streamlit as st

if "reading" not in st.session_state:
    st.session_state.reading = 212.0


def convert() -> None:
    if st.session_state.unit == "Celsius":
        st.session_state.reading = (st.session_state.reading - 32) * 5 / 9


st.selectbox("Unit", ["Fahrenheit", "Celsius"], key="unit", on_change=convert)
st.number_input("Reading", key="reading")
