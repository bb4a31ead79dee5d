# step: at.button[0].click().run()
import streamlit as st

status = st.status("Working")
if st.button("Finish"):
    status.update(label="Finished", state="complete")
else:
    status.update(label="Still working", state="running")
status.write("log line")
