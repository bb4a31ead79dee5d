# step: at.slider[0].set_value(8).run()
import streamlit as st

with st.expander("Settings", icon=":material/settings:"):
    level = st.slider("Level", 0, 10, 2)
    st.caption("Drag to change")
st.write(f"Level is {level}")
