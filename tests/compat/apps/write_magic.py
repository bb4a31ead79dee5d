import pandas as pd
import streamlit as st

"# A magic title"
"Some *magic* text"
df = pd.DataFrame({"col1": [1, 2, 3]})
df  # noqa: B018
x = 10
"x is", x  # noqa: B018
st.write("done")
