import streamlit as st

st.audio(b"RIFF....WAVEfmt ", format="audio/wav")
st.video(b"\x00\x00\x00\x18ftypmp42", format="video/mp4")
st.write("media bytes")
