# step: at.button[0].click().run()
import streamlit as st

if "clicks" not in st.session_state:
    st.session_state.clicks = 0
pop = st.popover("Menu")
if pop.button("Count"):
    st.session_state.clicks += 1
pop.checkbox("Show more")
st.write(f"clicks: {st.session_state.clicks}")
