# step: at.download_button[0].click().run()
import streamlit as st

if "runs" not in st.session_state:
    st.session_state.runs = 0
st.session_state.runs += 1
clicked = st.download_button("Get file", "content", file_name="f.txt", on_click="rerun")
st.write(f"runs {st.session_state.runs}, clicked {clicked}")
