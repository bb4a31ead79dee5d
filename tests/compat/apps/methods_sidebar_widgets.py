import datetime

import streamlit as st

s = st.sidebar
s.button("Button")
s.checkbox("Checkbox")
s.toggle("Toggle")
s.radio("Radio", ["a", "b"])
s.selectbox("Selectbox", ["a", "b"])
s.multiselect("Multiselect", ["a", "b"])
s.slider("Slider", 0, 5)
s.select_slider("Select slider", ["lo", "hi"])
s.text_input("Text input")
s.number_input("Number input")
s.text_area("Text area")
s.date_input("Date input", datetime.date(2024, 1, 1))
s.time_input("Time input", datetime.time(9, 0))
s.color_picker("Color picker", "#123456")
s.file_uploader("File uploader")
s.feedback("thumbs")
s.pills("Pills", ["x", "y"])
s.segmented_control("Segmented", ["x", "y"])
s.link_button("Link", "https://example.com")
s.download_button("Download", "data")
s.page_link("https://example.com", label="Page link")
s.progress(40)
