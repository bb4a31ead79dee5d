# step: at.slider[0].set_value(8).run()
# step: at.checkbox[0].uncheck().run()
# step: at.checkbox[0].check().run()
import streamlit as st

show = st.checkbox("Show slider", value=True)
if show:
    v = st.slider("Level", 0, 10, 2)
    st.write(f"level {v}")
