import streamlit as st

exp = st.expander("Later filled", expanded=True)
st.write("after the expander")
exp.write("written later")
cols = st.columns(2)
st.write("after the columns")
cols[1].write("second column")
cols[0].write("first column")
