# step: at.selectbox[0].select("Pear").run()
# step: at.radio[0].set_value("Vegetables").run()
import streamlit as st

kind = st.radio("Kind", ["Fruit", "Vegetables"])
options = ["Apple", "Pear"] if kind == "Fruit" else ["Leek", "Kale"]
choice = st.selectbox("Item", options)
st.write(f"{kind}: {choice}")
