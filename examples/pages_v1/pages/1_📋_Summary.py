"""Summary: reads the list that the Home page keeps in st.session_state."""

import streamlit as st

st.set_page_config(page_title="Summary", page_icon="📋")
st.title("Summary")
items = st.session_state.get("items", [])
if not items:
    st.info("The list is empty. Add items on the Home page.")
else:
    st.metric("Items", len(items))
    st.write(", ".join(sorted(items, key=str.lower)))
    only_long = st.checkbox("Only items longer than 5 letters")
    if only_long:
        st.write([i for i in items if len(i) > 5])
