import streamlit as st

code = """def hello():
    print("Hello, Streamlit!")"""
st.code(code, language="python")
st.code("SELECT * FROM t", language="sql")
st.code("plain text block")
