"""Components: raw HTML with its own script, and a custom two-way component.

``components.html`` shows HTML and JavaScript in a sandboxed frame. ``declare_component``
turns a folder with an ``index.html`` (here ``components/star_rating``, plain JavaScript,
no build step) into a widget: the page sends values back and the script reruns with them.
Run it with ``desk run examples/components_demo.py``.
"""

from pathlib import Path

import streamlit as st
import streamlit.components.v1 as components

STAR_RATING = Path(__file__).parent / "components" / "star_rating"

st.set_page_config(page_title="Components", page_icon="🧩")
st.title("🧩 Components")

st.subheader("HTML with a script")
accent = st.color_picker("Accent colour", "#FF4B4B", key="accent")
components.html(
    f"""
    <div style="font-family: system-ui, sans-serif; display: flex; gap: 1rem; align-items: center">
      <button id="tap" style="background: {accent}; color: white; border: 0; border-radius: 8px; padding: 8px 14px">
        Tap me
      </button>
      <span id="count">Tapped 0 times</span>
    </div>
    <script>
      let taps = 0;
      document.getElementById("tap").onclick = () => {{
        taps += 1;
        document.getElementById("count").textContent = `Tapped ${{taps}} time${{taps === 1 ? "" : "s"}}`;
      }};
    </script>
    """,
    height=60,
)
st.caption("The counter lives in the frame: tapping does not rerun the script.")

st.subheader("A custom component")
star_rating = components.declare_component("star_rating", path=STAR_RATING)


def rated() -> None:
    st.session_state.ratings = st.session_state.get("ratings", 0) + 1


max_stars = st.slider("Number of stars", 3, 10, 5, key="max_stars")
stars = star_rating(label="How do you like desk?", max_stars=max_stars, key="rating", default=0, on_change=rated)

if stars:
    st.markdown(f"You gave **{stars} of {max_stars}** stars. {'🎉' if stars == max_stars else ''}".strip())
else:
    st.markdown("Click a star to rate.")
st.caption(f"Ratings sent so far: {st.session_state.get('ratings', 0)}")
