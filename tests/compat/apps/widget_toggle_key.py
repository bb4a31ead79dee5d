# step: at.toggle(key="dark").set_value(True).run()
import streamlit as st

st.toggle("Dark mode", key="dark")
st.write("dark" if st.session_state.dark else "light")
