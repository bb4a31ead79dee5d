import streamlit as st

st.html("<style>.custom { color: red; }</style>")
st.html("<div class='custom'>styled</div>")
st.write("after html")
