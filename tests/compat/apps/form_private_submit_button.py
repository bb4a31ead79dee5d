import streamlit as st

# Streamlit's private form._form_submit_button draws the form's submit button (some apps call it).
form = st.form("Form 1")
name = form.text_input("Name")
if form._form_submit_button("Submit"):
    st.write(f"Hello {name}")
st.write("after the form")
