import streamlit as st

st.session_state.setdefault("a", 1)
st.session_state.update({"b": 2})
value = st.session_state.get("c", "default c")
st.write(f"a={st.session_state['a']} b={st.session_state.b} c={value}")
st.write(f"has a: {'a' in st.session_state}, len: {len(st.session_state)}")
