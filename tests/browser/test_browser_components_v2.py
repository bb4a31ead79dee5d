"""st.components.v2 in Chromium: the module runs offline from its inline text, and its state
and trigger values reach the script."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from desk.components import v1, v2, v2_assets
from tests.browser.conftest import OpenApp
from tests.unit.test_components_v2_assets import install_chips_package

COUNTER_JS = """
export default function ({ parentElement, data, key, name, setStateValue, setTriggerValue }) {
  parentElement.querySelector("span").textContent = `${data.label} (${name})`;
  parentElement.querySelector("button").dataset.key = key;
  let count = 0;
  parentElement.querySelector("button").onclick = () => {
    count += 1;
    setStateValue("count", count);
    setTriggerValue("clicked", "plus");
  };
  parentElement.querySelector("i").onclick = () => setStateValue("note", "hi");
  return () => { window.__cleanups = (window.__cleanups || 0) + 1; };
}
"""


def test_a_js_component_sets_state_and_trigger_values_and_cleans_up(open_app: OpenApp) -> None:
    page = open_app(
        f"""
        import streamlit as st
        from streamlit.components.v2 import component

        counter = component(
            "counter",
            html="<span></span><button>plus</button><i>note</i>",
            css="button {{ color: rgb(0, 128, 0); }}",
            js={COUNTER_JS!r},
        )
        plain = component("plain", html="<p class='plain-p'>in the page</p>", isolate_styles=False)
        if st.button("reset"):
            st.session_state.c["count"] = 0
        if st.checkbox("show", value=True):
            r = counter(key="c", data={{"label": "Clicks"}}, default={{"count": 0}},
                        on_count_change=lambda: None, on_clicked_change=lambda: None, on_note_change=lambda: None)
            st.write(f"count {{r.count}} clicked {{r.clicked}} note {{r.note}}")
        plain()
        st.button("again")
        """
    )
    expect(page.get_by_text("count 0 clicked None note None")).to_be_visible()
    expect(page.get_by_text("Clicks (counter)")).to_be_visible()  # data and name reached the module
    plus = page.get_by_role("button", name="plus")
    assert plus.evaluate("(b) => b.getRootNode() instanceof ShadowRoot")  # isolate_styles: a shadow root
    assert plus.evaluate("(b) => getComputedStyle(b).color") == "rgb(0, 128, 0)"
    again = page.get_by_role("button", name="again")
    assert again.evaluate("(b) => getComputedStyle(b).color") != "rgb(0, 128, 0)"  # the CSS stays inside
    assert plus.get_attribute("data-key", timeout=5000).startswith("desk-bidi-")
    assert page.evaluate("() => document.querySelector('.plain-p') !== null")  # isolate_styles=False: in the page

    plus.click()
    expect(page.get_by_text("count 1 clicked plus note None")).to_be_visible()
    plus.click()
    expect(page.get_by_text("count 2 clicked plus note None")).to_be_visible()
    again.click()
    expect(page.get_by_text("count 2 clicked None note None")).to_be_visible()  # the trigger lasted one run

    page.get_by_role("button", name="reset").click()  # the script sets the state...
    expect(page.get_by_text("count 0 clicked None note None")).to_be_visible()
    page.get_by_text("note", exact=True).click()  # ...which the page takes: a later change keeps it
    expect(page.get_by_text("count 0 clicked None note hi")).to_be_visible()

    page.get_by_text("show").click()
    expect(page.get_by_role("button", name="plus")).to_have_count(0)
    page.wait_for_function("() => window.__cleanups === 1", timeout=5000)  # unmounting called the cleanup


TABLE_JS = """
export default function ({ parentElement, data }) {
  const names = data.rows.schema.fields.map((field) => field.name).join(",");
  const total = data.rows.getChild("n").toArray().reduce((a, b) => a + Number(b), 0);
  parentElement.innerHTML = `<p>${data.title}: ${data.rows.numRows} rows (${names}) total ${total}, ${data.raw.length} bytes</p>`;
}
"""


def test_tables_and_bytes_reach_the_module_as_arrow_and_uint8array(open_app: OpenApp) -> None:
    page = open_app(
        f"""
        import pandas as pd
        import streamlit as st

        table = st.components.v2.component("table", js={TABLE_JS!r})
        table(data={{"title": "Sales", "rows": pd.DataFrame({{"n": [1, 2, 3]}}), "raw": b"abcd"}})
        """
    )
    expect(page.get_by_text("Sales: 3 rows (n) total 6, 4 bytes")).to_be_visible()


def test_a_broken_module_shows_an_error_card_and_the_app_goes_on(open_app: OpenApp) -> None:
    page = open_app(
        """
        import streamlit as st

        st.components.v2.component("no_function", js="export default 42;")()
        st.components.v2.component("throws", js="export default function () { throw new Error('bad data'); }")()
        st.components.v2.component("syntax", js="export default function ( {")()
        st.write("after the components")
        """
    )
    expect(page.get_by_text("after the components")).to_be_visible()
    alerts = page.get_by_role("alert")
    expect(alerts.filter(has_text="Component no_function:")).to_contain_text("export default function")
    expect(alerts.filter(has_text="Component throws:")).to_contain_text("bad data")
    expect(alerts.filter(has_text="Component syntax:")).to_be_visible()


def test_a_packaged_component_loads_its_module_and_css_from_its_asset_dir(
    open_app: OpenApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install_chips_package(tmp_path / "site")
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    monkeypatch.setattr(v1, "registry", dict(v1.registry))  # the folder route this test adds goes with it
    monkeypatch.setattr(v2, "registry", dict(v2.registry))
    v2_assets.asset_folders.cache_clear()
    page = open_app(
        """
        import streamlit as st
        chips = st.components.v2.component("desk-test-chips.chips", html="<p>waiting</p>", js="index-*.js", css="style.css")
        chips()
        """
    )
    text = page.get_by_text("from the package")
    expect(text).to_be_visible()
    assert text.evaluate("(p) => getComputedStyle(p).color") == "rgb(0, 0, 255)"
    v2_assets.asset_folders.cache_clear()
