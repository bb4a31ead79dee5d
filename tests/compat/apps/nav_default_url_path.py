import streamlit as st


def home() -> None:
    st.title("Home page")


def about() -> None:
    st.title("About page")


page = st.navigation([st.Page(home), st.Page(about)])
st.write(repr(page.url_path), page.title)
page.run()
