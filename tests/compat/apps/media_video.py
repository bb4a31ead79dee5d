import streamlit as st

st.video("https://example.com/movie.mp4")
st.video("https://example.com/movie.mp4", start_time=5, muted=True)
st.write("after the videos")
