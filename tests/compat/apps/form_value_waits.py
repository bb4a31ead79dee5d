# step: at.slider[0].set_value(7).run()
# step: at.button[0].click().run()
import streamlit as st

with st.form("settings"):
    level = st.slider("Level", 0, 10, 0)
    saved = st.form_submit_button("Save")
st.write(f"level {level}, saved {saved}")
