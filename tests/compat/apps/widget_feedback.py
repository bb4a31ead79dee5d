# step: at.feedback[0].set_value(1).run()
import streamlit as st

sentiment_mapping = ["one", "two", "three", "four", "five"]
selected = st.feedback("stars")
if selected is not None:
    st.markdown(f"You selected {sentiment_mapping[selected]} star(s).")
st.feedback("thumbs")
st.feedback("faces")
