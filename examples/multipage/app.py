"""A multipage sales dashboard with ``st.navigation``: sections, file pages and a function page.

The main script is the frame of every page: it sets the page config, draws the sidebar
(a region picker whose value every page reads) and declares the pages. Pages share
``st.session_state``: the currency chosen on Settings is used by Overview and Sales.

Run it with ``desk run examples/multipage/app.py``.
"""

import streamlit as st

st.set_page_config(page_title="Sales dashboard", page_icon="📊", layout="wide")

REGIONS = ["All", "North", "South", "East", "West"]

st.session_state.setdefault("currency", "EUR")
st.session_state.setdefault("visits", 0)
st.session_state.visits += 1

with st.sidebar:
    st.header("Filters")
    st.selectbox("Region", REGIONS, key="region")
    st.caption(f"Runs this session: {st.session_state.visits}")


def about() -> None:
    """A page defined by a function: it runs inside the main script."""
    st.title("About")
    st.write("This dashboard shows made-up sales figures, by region and by month.")
    st.page_link(overview, label="Back to the overview", icon="🏠")


overview = st.Page("pages/overview.py", title="Overview", icon="🏠", default=True)
sales = st.Page("pages/sales.py", title="Sales by month", icon="📈")
settings = st.Page("pages/settings.py", title="Settings", icon="⚙️")

page = st.navigation(
    {
        "Dashboard": [overview, sales],
        "App": [settings, st.Page(about, title="About", icon="ℹ️")],
    }
)
page.run()
