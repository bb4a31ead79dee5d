import numpy as np
import streamlit as st

st.write(np.float64(1.5))
st.write(np.int64(7))
st.write(b"some bytes")
st.write([])
st.write({})
