# step: (at.query_params.__setitem__("page", "3"), at.run())
import streamlit as st

page = st.query_params.get("page", "1")
st.write(f"page {page}")
