import streamlit as st


def first() -> None:
    st.write("first page")


def second() -> None:
    st.write("second page")


pg = st.navigation([st.Page(first, title="First"), st.Page(second, title="Second")], position="hidden")
pg.run()
