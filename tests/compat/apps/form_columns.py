import streamlit as st

with st.form("order"):
    left, right = st.columns(2)
    left.selectbox("Size", ["S", "M", "L"])
    right.number_input("Quantity", 1, 10, 1)
    st.form_submit_button("Order", type="primary")
st.write("below the form")
