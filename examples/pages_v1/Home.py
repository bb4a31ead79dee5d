"""A multipage app in the classic layout: this main script plus one page per file of ``pages/``.

The sidebar lists Home, then the pages sorted by the number their file name starts with;
a leading emoji becomes the page's icon and ``_`` shows as a space. Pages share
``st.session_state``: the shopping list filled in here is read by the other pages.

Run it with ``desk run examples/pages_v1/Home.py``.
"""

import streamlit as st

st.set_page_config(page_title="Shopping list", page_icon="🛒")

st.session_state.setdefault("items", [])

st.title("🛒 Shopping list")
with st.form("add", clear_on_submit=True):
    item = st.text_input("Item")
    if st.form_submit_button("Add") and item.strip():
        st.session_state["items"].append(item.strip())

for entry in st.session_state["items"]:
    st.write(f"- {entry}")
st.caption(f"{len(st.session_state['items'])} items")

st.page_link("pages/1_📋_Summary.py", label="See the summary")
if st.session_state["items"] and st.button("Check out"):
    st.switch_page("pages/2_Check_out.py")
