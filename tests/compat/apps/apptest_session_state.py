# step: (at.session_state.__setitem__("name", "Ada"), at.run())
# step: (at.session_state.__setitem__("color", "Blue"), at.run())
import streamlit as st

st.write(f"name: {st.session_state.get('name', 'nobody')}")
st.selectbox("Color", ["Red", "Blue"], key="color")
st.write(f"color: {st.session_state.color}")
