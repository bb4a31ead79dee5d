import pandas as pd
import streamlit as st

df = pd.DataFrame({"lat": [37.76, 37.77], "lon": [-122.4, -122.41]})
st.map(df)
st.map(df, zoom=10, size=20, color="#0044ff")
