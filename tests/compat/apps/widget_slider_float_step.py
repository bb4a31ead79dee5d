# step: at.slider[0].set_value(0.3).run()
import streamlit as st

x = st.slider("Ratio", 0.0, 1.0, 0.5, step=0.1)
st.write(f"ratio {x}")
