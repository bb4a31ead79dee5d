import streamlit as st

if "level" not in st.session_state:
    st.session_state.level = 3
st.slider("Level", 0, 10, value=7, key="level")
st.write(f"level {st.session_state.level}")
