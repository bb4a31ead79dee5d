# step: at.radio[0].set_value("b").run()
import pandas as pd
import streamlit as st

df = pd.DataFrame({"letter": ["a", "b", "c"]})
choice = st.radio("Letter", df["letter"])
st.write(f"letter {choice}")
keys = st.selectbox("Key", {"x": 1, "y": 2}.keys())
st.write(f"key {keys}")
