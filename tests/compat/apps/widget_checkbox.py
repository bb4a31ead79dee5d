# step: at.checkbox[0].check().run()
# step: at.checkbox[0].uncheck().run()
import streamlit as st

agree = st.checkbox("I agree")
if agree:
    st.write("Great!")
st.checkbox("Pre-checked", value=True)
