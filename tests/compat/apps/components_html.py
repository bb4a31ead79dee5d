import streamlit as st
import streamlit.components.v1 as components

components.html("<p>Hello from an iframe</p>", height=100)
components.iframe("https://example.com", height=200)
st.write("after components")
