# step: at.slider(key="level").set_value(9).run()
import streamlit as st

if "level" not in st.session_state:
    st.session_state.level = 4
st.slider("Level", 0, 10, key="level")
st.write(f"level is {st.session_state.level}")
