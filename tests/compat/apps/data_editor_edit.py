import pandas as pd
import streamlit as st

df = pd.DataFrame({"item": ["pen", "ink"], "qty": [1, 2]})
edited = st.data_editor(df, key="stock")
st.write(f"total {int(edited['qty'].sum())}")
