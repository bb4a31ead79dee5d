import numpy as np
import streamlit as st

sample_rate = 8000
seconds = np.linspace(0, 0.1, int(sample_rate * 0.1), endpoint=False)
note = np.sin(440 * 2 * np.pi * seconds)
st.audio(note, sample_rate=sample_rate)
st.audio("https://example.com/sound.mp3", format="audio/mpeg", loop=True)
