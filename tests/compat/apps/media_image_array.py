import numpy as np
import streamlit as st

pixels = np.zeros((8, 8, 3), dtype=np.uint8)
pixels[:, :, 0] = 255
st.image(pixels, caption="A red square")
st.image([pixels, pixels], caption=["one", "two"])
