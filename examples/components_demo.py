"""Components: raw HTML with its own script, a custom two-way component, and a v2 component.

``components.html`` shows HTML and JavaScript in a sandboxed frame. ``declare_component``
turns a folder with an ``index.html`` (here ``components/star_rating``, plain JavaScript,
no build step) into a widget: the page sends values back and the script reruns with them.
``st.components.v2.component`` mounts inline HTML, CSS and a JavaScript module in the page
itself; the module sets state values (which persist) and trigger values (one run each).
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

st.subheader("A component in the page (components v2)")
TAGS = ["python", "data", "desktop", "charts", "offline"]
TAG_PICKER_JS = """
export default function ({ parentElement, data, setStateValue, setTriggerValue }) {
  const list = parentElement.querySelector(".tags");
  const selected = new Set(data.selected);
  list.replaceChildren(
    ...data.tags.map((tag) => {
      const chip = document.createElement("button");
      chip.textContent = tag;
      chip.className = selected.has(tag) ? "chip on" : "chip";
      chip.onclick = () => {
        if (selected.has(tag)) selected.delete(tag);
        else selected.add(tag);
        setStateValue("selected", data.tags.filter((t) => selected.has(t)));
      };
      return chip;
    }),
  );
  parentElement.querySelector(".clear").onclick = () => setTriggerValue("cleared", true);
}
"""
TAG_PICKER_CSS = """
.tags { display: flex; flex-wrap: wrap; gap: 0.4rem; margin-bottom: 0.5rem; }
button { font: inherit; border-radius: 999px; padding: 0.2rem 0.8rem; cursor: pointer;
         border: 1px solid var(--st-border-color); background: var(--st-background-color); color: var(--st-text-color); }
.chip.on { background: var(--st-primary-color); border-color: var(--st-primary-color); color: white; }
.clear { border-radius: 0.5rem; }
"""
tag_picker = st.components.v2.component(
    "tag_picker",
    html='<div class="tags"></div><button class="clear">Clear</button>',
    css=TAG_PICKER_CSS,
    js=TAG_PICKER_JS,
)


def clear_tags() -> None:
    st.session_state.tags["selected"] = []


current = st.session_state.get("tags", {}).get("selected", [])
picked = tag_picker(
    key="tags",
    data={"tags": TAGS, "selected": current},
    default={"selected": []},
    on_selected_change=lambda: None,
    on_cleared_change=clear_tags,
)
st.markdown(f"Picked: {', '.join(picked.selected) or 'nothing yet'}")
