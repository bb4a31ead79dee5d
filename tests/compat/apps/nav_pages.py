import streamlit as st


def home() -> None:
    st.title("Home page")


def about() -> None:
    st.title("About page")


page = st.navigation([st.Page(home, title="Home", default=True), st.Page(about, title="About")])
page.run()
st.write("shared footer")
