import streamlit as st

with st.form("signup", clear_on_submit=True):
    name = st.text_input("Name")
    submitted = st.form_submit_button("Submit")
    if submitted:
        st.success(f"Submitted {name!r}")
st.write("submitted:", submitted)
# step: at.text_input[0].input("Ada").run()
# step: at.button[0].click().run()
# step: at.run()
