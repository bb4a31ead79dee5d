import pandas as pd
import streamlit as st

df = pd.DataFrame({"widgets": ["st.selectbox", "st.number_input"], "price": [20, 950], "done": [True, False]})
st.dataframe(
    df,
    column_config={
        "widgets": st.column_config.TextColumn("Widgets", help="Streamlit **widget** commands"),
        "price": st.column_config.NumberColumn("Price (in USD)", format="$%d"),
        "done": st.column_config.CheckboxColumn("Done?"),
    },
    hide_index=True,
)
