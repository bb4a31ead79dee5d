# step: (at.secrets.__setitem__("token", "abc"), at.button[0].click().run())
import streamlit as st

if st.button("Read the secret"):
    st.write(f"token {st.secrets['token']}")
else:
    st.write("not read yet")
