import streamlit as st

st.query_params.from_dict({"a": "1", "b": ["x", "y"]})
st.write(f"a={st.query_params['a']} b={st.query_params.get_all('b')}")
st.query_params.clear()
st.write(f"after clear: {len(st.query_params)}")
