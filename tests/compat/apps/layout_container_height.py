import streamlit as st

long = st.container(height=300)
for i in range(5):
    long.write(f"line {i}")
st.container(border=False).write("no border")
outer = st.container(border=True)
inner = outer.container()
inner.write("nested")
outer.write("after nested")
