# step: at.text_area[0].input("Short text").run()
import streamlit as st

txt = st.text_area("Text to analyze", "It was the best of times, it was the worst of times.")
st.write(f"You wrote {len(txt)} characters.")
