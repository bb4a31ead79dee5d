import pandas as pd
import streamlit as st

df = pd.DataFrame({"name": ["a", "b"], "qty": [1, 2]})
edited = st.data_editor(df, num_rows="dynamic", hide_index=True, key="editor")
st.write(f"{len(edited)} rows")
