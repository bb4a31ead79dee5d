import pandas as pd
import streamlit as st

st.dataframe(pd.DataFrame())
st.table(pd.DataFrame({"a": []}))
st.line_chart(pd.DataFrame({"a": []}))
st.write("done")
