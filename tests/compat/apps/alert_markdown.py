import streamlit as st

st.warning("**Bold** warning with `code`")
c1, c2 = st.columns(2)
c1.info("Info in a column")
c2.error("Error in a column")
