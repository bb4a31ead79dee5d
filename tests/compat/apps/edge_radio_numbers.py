# step: at.radio[0].set_value(2.5).run()
import streamlit as st

value = st.radio("Numbers", [1, 2.5, 3])
st.write(f"value {value!r}")
