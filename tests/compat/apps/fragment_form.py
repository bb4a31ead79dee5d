# step: (at.text_input[0].input("inside"), at.button[0].click().run())
import streamlit as st


@st.fragment
def entry() -> None:
    with st.form("in_fragment"):
        text = st.text_input("Text")
        if st.form_submit_button("Save"):
            st.write(f"saved {text}")


entry()
st.write("outside")
