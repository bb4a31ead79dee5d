"""Check out: empties the list and goes back to the Home page."""

import streamlit as st

st.title("Check out")
items = st.session_state.get("items", [])
st.write(f"You are buying {len(items)} items.")
if st.button("Pay and start again"):
    st.session_state["items"] = []
    st.switch_page("Home.py")
st.page_link("Home.py", label="Back", icon="⬅️")
