"""A sales dashboard over a SQLite database, through ``st.connection``.

The app creates a small bookshop database in the temporary folder on first run, then reads
it with ``st.connection("bookshop", type="sql", url=...)``: cached ``conn.query`` calls
with parameters, metrics, a chart, a table, and a form that writes a sale through
``conn.session``. It works offline and needs only SQLAlchemy (``pip install sqlalchemy``).
Run it with ``desk run examples/sql_dashboard.py``.
"""

import datetime as dt
import random
import sqlite3
import tempfile
from pathlib import Path

import streamlit as st
from sqlalchemy import text

DATABASE = Path(tempfile.gettempdir()) / "desk-examples" / "bookshop.db"
BOOKS = [
    ("The Quiet Orbit", "Science fiction", 14.0),
    ("Salt and Cedar", "Fiction", 12.5),
    ("A Field Guide to Moss", "Nature", 22.0),
    ("Ledger of Small Things", "Fiction", 11.0),
    ("Engines of Tuesday", "Science fiction", 16.5),
    ("Bread, Slowly", "Cooking", 25.0),
    ("Maps Without Edges", "Travel", 19.0),
    ("The Pocket Naturalist", "Nature", 9.5),
]

st.set_page_config(page_title="Bookshop dashboard", page_icon="📚", layout="wide")


@st.cache_resource
def create_database(path: str) -> str:
    """Create and fill the example database once (a real app would connect to its own)."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE IF NOT EXISTS books (id INTEGER PRIMARY KEY, title TEXT, genre TEXT, price REAL)")
        con.execute("CREATE TABLE IF NOT EXISTS sales (id INTEGER PRIMARY KEY, book_id INTEGER, day TEXT, quantity INTEGER)")
        if con.execute("SELECT COUNT(*) FROM books").fetchone()[0] == 0:
            con.executemany("INSERT INTO books (title, genre, price) VALUES (?, ?, ?)", BOOKS)
            rng = random.Random(42)
            start = dt.date(2024, 1, 1)
            sales = [
                (rng.randint(1, len(BOOKS)), (start + dt.timedelta(days=rng.randint(0, 364))).isoformat(), rng.randint(1, 4))
                for _ in range(400)
            ]
            con.executemany("INSERT INTO sales (book_id, day, quantity) VALUES (?, ?, ?)", sales)
    return path


create_database(str(DATABASE))
conn = st.connection("bookshop", type="sql", url=f"sqlite:///{DATABASE}")

st.title("📚 Bookshop dashboard")
st.caption(f"SQLite database at {DATABASE}, read through st.connection (driver: {conn.driver}).")

genres = conn.query("SELECT DISTINCT genre FROM books ORDER BY genre")["genre"].tolist()
with st.sidebar:
    st.header("Filters")
    chosen = st.multiselect("Genres", genres, default=genres, key="genres")
    months = st.slider("Months", 1, 12, (1, 12), key="months")

if not chosen:
    st.warning("Pick at least one genre in the sidebar.")
    st.stop()

placeholders = ", ".join(f":g{i}" for i in range(len(chosen)))
params = {f"g{i}": genre for i, genre in enumerate(chosen)} | {"first": months[0], "last": months[1]}
where = f"b.genre IN ({placeholders}) AND CAST(strftime('%m', s.day) AS INTEGER) BETWEEN :first AND :last"

totals = conn.query(
    f"SELECT COUNT(*) AS orders, COALESCE(SUM(s.quantity), 0) AS copies, "
    f"COALESCE(SUM(s.quantity * b.price), 0) AS revenue FROM sales s JOIN books b ON b.id = s.book_id WHERE {where}",
    params=params,
)
orders, copies, revenue = st.columns(3)
orders.metric("Orders", f"{int(totals['orders'][0]):,}")
copies.metric("Copies sold", f"{int(totals['copies'][0]):,}")
revenue.metric("Revenue", f"${float(totals['revenue'][0]):,.2f}")

by_month = conn.query(
    f"SELECT CAST(strftime('%m', s.day) AS INTEGER) AS month, b.genre AS genre, SUM(s.quantity * b.price) AS revenue "
    f"FROM sales s JOIN books b ON b.id = s.book_id WHERE {where} GROUP BY month, genre ORDER BY month",
    params=params,
)
st.subheader("Revenue by month")
st.bar_chart(by_month, x="month", y="revenue", color="genre")

st.subheader("Best sellers")
best = conn.query(
    f"SELECT b.title AS title, b.genre AS genre, SUM(s.quantity) AS copies, SUM(s.quantity * b.price) AS revenue "
    f"FROM sales s JOIN books b ON b.id = s.book_id WHERE {where} GROUP BY b.id ORDER BY revenue DESC LIMIT 5",
    params=params,
)
st.dataframe(best, hide_index=True)

st.subheader("Record a sale")
books = conn.query("SELECT id, title FROM books ORDER BY title")
with st.form("sale", clear_on_submit=True):
    title = st.selectbox("Book", books["title"].tolist())
    quantity = st.number_input("Copies", min_value=1, max_value=50, value=1)
    day = st.date_input("Day", value=dt.date(2024, 12, 31), min_value=dt.date(2024, 1, 1), max_value=dt.date(2024, 12, 31))
    if st.form_submit_button("Save sale"):
        book_id = int(books.loc[books["title"] == title, "id"].iloc[0])
        with conn.session as session:
            session.execute(
                text("INSERT INTO sales (book_id, day, quantity) VALUES (:book, :day, :quantity)"),
                {"book": book_id, "day": day.isoformat(), "quantity": int(quantity)},
            )
            session.commit()
        st.cache_data.clear()  # the cached query results are out of date now
        st.session_state.saved = f"Saved: {int(quantity)} × {title} on {day:%d %B %Y}."
        st.rerun()  # run again so the numbers above include the new sale
if "saved" in st.session_state:
    st.success(st.session_state.pop("saved"))
