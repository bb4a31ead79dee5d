import streamlit as st

bar = st.progress(10, text="Ten percent")
bar.progress(0.75)
st.progress(100, text="**Done**")
