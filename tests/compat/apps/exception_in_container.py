import streamlit as st

with st.expander("Details", expanded=True):
    st.write("before the error")
    st.exception(KeyError("missing"))
col1, col2 = st.columns(2)
col1.exception(ZeroDivisionError("division by zero"))
col2.write("fine")
