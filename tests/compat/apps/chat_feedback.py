# step: at.feedback[0].set_value(0).run()
import streamlit as st

with st.chat_message("assistant"):
    st.write("Was this helpful?")
    rating = st.feedback("thumbs")
st.write(f"rating {rating}")
