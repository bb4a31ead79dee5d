# step: at.toggle[0].set_value(True).run()
import streamlit as st

slot = st.sidebar.empty()
on = st.sidebar.toggle("Show details")
if on:
    slot.write("details shown")
else:
    slot.caption("hidden")
