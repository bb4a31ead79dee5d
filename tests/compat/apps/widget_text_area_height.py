# step: at.text_area[0].input("").run()
import streamlit as st

text = st.text_area("Notes", "first line\nsecond line", height=200)
st.write(f"{len(text.splitlines())} lines")
