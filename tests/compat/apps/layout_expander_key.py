import streamlit as st

with st.expander("Keyed", key="exp", on_change="rerun"):
    st.write("inside")
st.write(f"open: {st.session_state.get('exp')}")
