"""st.rerun() before a later widget is drawn keeps that widget's value (it is not stale)."""

import streamlit as st

done = st.checkbox("Done", key="done")
if done:
    del st.session_state["done"]
    st.rerun()

st.text_input("Note", key="note")
st.write("note:", st.session_state.get("note"))
# step: at.text_input(key="note").set_value("kept").run()
# step: at.checkbox(key="done").check().run()
