"""A long settings form with 50 widgets, used by the rerun benchmark.

Ten groups of five widgets (text, number, slider, checkbox, select box) sit in two
columns; a summary at the bottom counts how many settings differ from their defaults.
"""

import streamlit as st

st.title("Settings")

GROUPS = 10
PLANS = ["Basic", "Standard", "Premium"]
defaults: dict[str, object] = {}
left, right = st.columns(2)

for group in range(GROUPS):
    column = left if group % 2 == 0 else right
    with column:
        st.subheader(f"Section {group + 1}")
        defaults[f"name_{group}"] = f"item {group}"
        st.text_input("Name", value=f"item {group}", key=f"name_{group}")
        defaults[f"qty_{group}"] = group
        st.number_input("Quantity", min_value=0, max_value=1000, value=group, key=f"qty_{group}")
        defaults[f"level_{group}"] = 50
        st.slider("Level", 0, 100, 50, key=f"level_{group}")
        defaults[f"on_{group}"] = False
        st.checkbox("Enabled", key=f"on_{group}")
        defaults[f"plan_{group}"] = PLANS[0]
        st.selectbox("Plan", PLANS, key=f"plan_{group}")

changed = [key for key, value in defaults.items() if st.session_state[key] != value]
enabled = sum(1 for group in range(GROUPS) if st.session_state[f"on_{group}"])
total = sum(st.session_state[f"qty_{group}"] for group in range(GROUPS))

st.divider()
st.markdown(f"Changed settings: {len(changed)}")
st.markdown(f"Enabled sections: {enabled}")
st.markdown(f"Total quantity: {total}")
