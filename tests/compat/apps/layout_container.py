import streamlit as st

with st.container():
    st.write("This is inside the container")
    st.bar_chart({"a": [1, 2, 3]})
st.write("This is outside the container")
container = st.container(border=True)
container.write("This is inside")
st.write("This is outside")
container.write("This is inside too")
