import streamlit as st

st.sidebar.title("Sidebar title")
st.sidebar.markdown("Some **markdown**")
with st.sidebar:
    st.header("Header in the sidebar")
    st.button("Sidebar button")
    with st.expander("Sidebar expander"):
        st.write("hidden")
st.write("main")
