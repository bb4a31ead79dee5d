"""A media gallery: pictures drawn with numpy and PIL, and tones synthesised as sine waves.

Everything is generated when the app runs, so it needs no files and no network. Shows
``st.image`` (arrays, PIL images, captions, galleries), ``st.tabs``, ``st.columns`` and
``st.audio`` with a numpy array and its sample rate. Run it with ``desk run examples/media_gallery.py``.
"""

import numpy as np
import streamlit as st
from PIL import Image, ImageDraw, ImageFont

SIZE = 160
SAMPLE_RATE = 22050
NOTES = {"A3": 220.0, "C4": 261.63, "E4": 329.63, "A4": 440.0, "C5": 523.25}

st.set_page_config(page_title="Media gallery", page_icon="🖼️")
st.title("🖼️ Media gallery")
st.caption("Every picture and sound here is computed by this script.")


@st.cache_data
def gradient(hue_shift: float) -> np.ndarray:
    """A smooth RGB gradient as a (height, width, 3) uint8 array."""
    y, x = np.mgrid[0:SIZE, 0:SIZE] / (SIZE - 1)
    red = (np.sin(2 * np.pi * (x + hue_shift)) + 1) / 2
    green = (np.sin(2 * np.pi * (y + hue_shift + 1 / 3)) + 1) / 2
    blue = (np.sin(2 * np.pi * (x + y + hue_shift + 2 / 3)) + 1) / 2
    return (np.stack([red, green, blue], axis=-1) * 255).astype(np.uint8)


@st.cache_data
def rings(count: int) -> np.ndarray:
    """Concentric rings, as a grayscale array of floats in [0, 1]."""
    y, x = np.mgrid[-1:1:SIZE * 1j, -1:1:SIZE * 1j]
    radius = np.sqrt(x**2 + y**2)
    return np.asarray((np.cos(radius * count * np.pi) + 1) / 2, dtype=np.float64)


def badge(text: str, color: str) -> Image.Image:
    """A PIL image: a rounded badge with a label."""
    picture = Image.new("RGB", (SIZE, SIZE), "white")
    draw = ImageDraw.Draw(picture)
    draw.rounded_rectangle((12, 12, SIZE - 12, SIZE - 12), radius=28, fill=color)
    draw.text((SIZE // 2, SIZE // 2), text, fill="white", anchor="mm", font=ImageFont.load_default(size=40))
    return picture


def tone(frequency: float, seconds: float, volume: float) -> np.ndarray:
    """A sine tone with a short fade in and out, as float samples in [-1, 1]."""
    t = np.linspace(0, seconds, int(SAMPLE_RATE * seconds), endpoint=False)
    wave = np.sin(2 * np.pi * frequency * t) * volume
    fade = min(len(t) // 10, 2000)
    envelope = np.ones_like(t)
    envelope[:fade] = np.linspace(0, 1, fade)
    envelope[-fade:] = np.linspace(1, 0, fade)
    return np.asarray(wave * envelope, dtype=np.float64)


pictures, sounds = st.tabs(["Pictures", "Sounds"])

with pictures:
    shift = st.slider("Colour shift", 0.0, 1.0, 0.0, 0.05, key="shift")
    ring_count = st.slider("Rings", 1, 12, 4, key="rings")
    left, middle, right = st.columns(3)
    left.image(gradient(shift), caption=f"Gradient (shift {shift:.2f})")
    middle.image(rings(ring_count), caption=f"{ring_count} rings", clamp=True)
    right.image(badge("desk", "#FF4B4B"), caption="A PIL image")
    st.subheader("A strip of badges")
    colors = ["#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e"]
    st.image([badge(str(i + 1), c) for i, c in enumerate(colors)], caption=[f"Badge {i + 1}" for i in range(4)], width=80)

with sounds:
    note = st.radio("Note", list(NOTES), index=3, horizontal=True, key="note")
    seconds = st.select_slider("Length (seconds)", [0.5, 1.0, 2.0], value=1.0, key="seconds")
    volume = st.slider("Volume", 0.1, 1.0, 0.5, key="volume")
    samples = tone(NOTES[note], seconds, volume)
    st.audio(samples, sample_rate=SAMPLE_RATE)
    st.caption(f"{note}: {NOTES[note]:.2f} Hz, {seconds:g} s, {len(samples):,} samples at {SAMPLE_RATE:,} Hz.")
    chord = sum(tone(NOTES[n], 1.0, volume / 3) for n in ("C4", "E4", "A4"))
    st.markdown("**A chord** (C4, E4 and A4 together)")
    st.audio(chord, sample_rate=SAMPLE_RATE)
