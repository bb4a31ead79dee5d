# step: at.number_input[0].set_value(3).run()
import streamlit as st

st.number_input("Amount", 0, 10, 1, key="amount")
st.session_state["note"] = "kept"
st.write(st.session_state.to_dict() == {"amount": st.session_state.amount, "note": "kept"})
st.write(f"amount {st.session_state['amount']}")
