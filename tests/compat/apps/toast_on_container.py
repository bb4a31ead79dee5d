import streamlit as st

st.toast("from st.toast")
st.sidebar.toast("from st.sidebar.toast")
left, right = st.columns(2)
right.toast("from a column")
with st.sidebar:
    st.toast("st.toast inside with st.sidebar")


def on_click():
    st.sidebar.toast("from a callback")


st.sidebar.button("Toast", on_click=on_click)
# step: at.sidebar.button[0].click().run()
