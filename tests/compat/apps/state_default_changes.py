# step: at.slider[0].set_value(9).run()
# step: at.button[0].click().run()
import streamlit as st

if "default" not in st.session_state:
    st.session_state.default = 5
v = st.slider("Value", 0, 10, st.session_state.default)
if st.button("New default"):
    st.session_state.default = 1
st.write(f"value {v}")
