import streamlit as st

st.pills("Tools", ["🧰 General", ":material/zoom_in: Zoom", "❤", "Plain text", "🎉🎈 two", "x 🎉"])
st.segmented_control("Mood", ["😀 happy", "😐", ":material/add:"], selection_mode="multi")
choice = st.pills("Pick", ["🍎 apple", "🍌 banana"], key="fruit")
st.write(choice)
# step: at.button_group(key="fruit").set_value("🍌 banana").run()
