import streamlit as st

try:
    with st.echo(code_location="below"):
        st.write("the block runs")
        raise ValueError("caught below")
except ValueError as error:
    st.write(f"caught: {error}")

with st.echo():
    st.write("this block fails")
    raise RuntimeError("the echoed block fails")
