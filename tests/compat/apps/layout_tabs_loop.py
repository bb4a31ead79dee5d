import streamlit as st

names = ["Alpha", "Beta", "Gamma"]
for tab, name in zip(st.tabs(names), names, strict=True):
    with tab:
        st.subheader(name)
        st.write(f"content of {name}")
