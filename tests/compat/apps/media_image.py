import streamlit as st

st.image("https://example.com/cat.png", caption="A cat", width=200)
st.image(["https://example.com/a.png", "https://example.com/b.png"], caption=["one", "two"])
st.write("after the images")
