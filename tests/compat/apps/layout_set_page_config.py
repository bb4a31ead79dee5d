import streamlit as st

st.set_page_config(page_title="Compat", page_icon="🧪", layout="wide")
st.title("Configured")
