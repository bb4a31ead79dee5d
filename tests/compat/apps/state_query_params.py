import streamlit as st

st.query_params["page"] = "2"
st.write(f"page {st.query_params['page']}")
st.write(f"missing {st.query_params.get('nothing', 'none')}")
