"""st.connection: type resolution, secrets, shared instances, and SQLConnection on SQLite."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import desk
from desk.cache.api import clear_all
from desk.connections import BaseConnection, SnowflakeConnection, SQLConnection
from desk.connections.base import connection_secrets
from desk.connections.factory import resolve_type
from desk.connections.sql import missing_driver_error
from desk.errors import DeskAPIError, MissingDependencyError
from desk.testing import AppTest

sqlalchemy = pytest.importorskip("sqlalchemy")


@pytest.fixture(autouse=True)
def fresh_caches(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """Empty caches, no real secrets files, no waiting between retries."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(SQLConnection, "_retry_delay", 0.0)
    clear_all()
    yield
    clear_all()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "shop.db"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE fruit (name TEXT PRIMARY KEY, price REAL, stock INTEGER)")
        con.executemany(
            "INSERT INTO fruit VALUES (?, ?, ?)", [("apple", 1.5, 10), ("banana", 0.5, 30), ("cherry", 4.0, 5)]
        )
    return path


class Dummy(BaseConnection[dict[str, Any]]):
    """A connection whose raw instance is a dict of its settings."""

    opened = 0

    def _connect(self, **kwargs: Any) -> dict[str, Any]:
        Dummy.opened += 1
        return {**self._secrets, **kwargs, "n": Dummy.opened}

    def settings(self) -> dict[str, Any]:
        return self._instance


# ---------------------------------------------------------------- type resolution


def test_type_names_resolve_to_classes() -> None:
    assert resolve_type("x", "sql") is SQLConnection
    assert resolve_type("x", "snowflake") is SnowflakeConnection
    assert resolve_type("x", Dummy) is Dummy
    assert resolve_type("x", f"{__name__}.Dummy") is Dummy
    assert resolve_type("sql", None) is SQLConnection


def test_bad_types_are_explained() -> None:
    with pytest.raises(DeskAPIError, match=r"st.connection\('x'\): unknown type 'postgres'. Use one of 'sql'"):
        resolve_type("x", "postgres")
    with pytest.raises(DeskAPIError, match=r"type 'nowhere.Thing' could not be imported"):
        resolve_type("x", "nowhere.Thing")
    with pytest.raises(DeskAPIError, match=r"type must be a subclass of st.connections.BaseConnection, not <class 'dict'>"):
        resolve_type("x", dict)
    with pytest.raises(DeskAPIError, match=r"st.connection\('mydb'\): no connection type. Pass type='sql'"):
        resolve_type("mydb", None)


def test_snowflake_without_its_package_is_a_missing_dependency() -> None:
    try:
        import snowflake.connector  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        pass
    else:  # pragma: no cover - only where snowflake is installed
        pytest.skip("snowflake-connector-python is installed")
    with pytest.raises(MissingDependencyError, match=r"needs the snowflake-connector-python package.*pip install"):
        desk.connection("warehouse", type="snowflake", account="a")


# ---------------------------------------------------------------- names, sharing, secrets


def test_env_name_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESK_TEST_CONN", "from-env")
    conn = desk.connection("env:DESK_TEST_CONN", type=Dummy, flavour="x")
    assert conn._connection_name == "from-env"
    monkeypatch.delenv("DESK_TEST_CONN")
    with pytest.raises(DeskAPIError, match=r"the environment variable DESK_TEST_CONN is not set"):
        desk.connection("env:DESK_TEST_CONN", type=Dummy)


def test_connections_are_shared_per_name_type_and_kwargs() -> None:
    first = desk.connection("shared", type=Dummy, flavour="a")
    again = desk.connection("shared", type=Dummy, flavour="a")
    other = desk.connection("shared", type=Dummy, flavour="b")
    assert first is again
    assert other is not first
    assert other.settings()["flavour"] == "b"


def test_settings_come_from_secrets_and_kwargs_and_reset_on_change() -> None:
    at = AppTest.from_string(
        f"""
        import streamlit as st
        from {__name__} import Dummy
        conn = st.connection("svc", region="eu")
        st.write(f"{{conn.settings()['token']}} {{conn.settings()['region']}} {{conn.settings()['n']}}")
        """
    )
    at.secrets = {"connections": {"svc": {"type": f"{__name__}.Dummy", "token": "t1"}}}
    at.run()
    assert not at.exception
    first = at.markdown[0].value
    assert first.startswith("t1 eu ")
    at.run()
    assert at.markdown[0].value == first  # the same connection, not reopened
    at.secrets = {"connections": {"svc": {"type": f"{__name__}.Dummy", "token": "t2"}}}
    at.run()
    token, region, opened = at.markdown[0].value.split()
    assert (token, region) == ("t2", "eu")
    assert int(opened) > int(first.split()[2])


def test_connection_secrets_tolerate_missing_files() -> None:
    assert connection_secrets("anything") == {}


def test_unknown_attribute_hints_at_the_raw_instance() -> None:
    conn = desk.connection("hint", type=Dummy)
    with pytest.raises(AttributeError, match=r"Dummy 'hint' has no attribute 'keys'. The underlying dict has it: use conn._instance.keys"):
        conn.keys  # noqa: B018
    with pytest.raises(AttributeError, match=r"has no attribute 'nothing_like_it'\.$"):
        conn.nothing_like_it  # noqa: B018


def test_reset_reopens_on_next_use() -> None:
    conn = desk.connection("reset-me", type=Dummy)
    before = conn.settings()["n"]
    conn.reset()
    assert conn.settings()["n"] == before + 1
    assert "reset-me" in conn._repr_html_()


# ---------------------------------------------------------------- SQLConnection


def test_sql_query_returns_a_dataframe(db: Path) -> None:
    conn = desk.connection("shop", type="sql", url=f"sqlite:///{db}")
    df = conn.query("SELECT name, price FROM fruit ORDER BY price")
    assert list(df["name"]) == ["banana", "apple", "cherry"]
    assert conn.driver == "pysqlite"
    assert str(conn.engine.url) == f"sqlite:///{db}"


def test_sql_query_params_index_col_and_chunks(db: Path) -> None:
    conn = desk.connection("shop", type="sql", url=f"sqlite:///{db}")
    df = conn.query("SELECT * FROM fruit WHERE price > :low", params={"low": 1.0}, index_col="name")
    assert sorted(df.index) == ["apple", "cherry"]
    chunks = list(conn.query("SELECT * FROM fruit ORDER BY name", chunksize=2))
    assert [len(chunk) for chunk in chunks] == [2, 1]


def test_sql_query_is_cached_until_ttl_or_clear(db: Path) -> None:
    conn = desk.connection("shop", type="sql", url=f"sqlite:///{db}")
    sql = "SELECT COUNT(*) AS n FROM fruit"
    assert conn.query(sql)["n"][0] == 3
    with conn.session as session:
        session.execute(sqlalchemy.text("INSERT INTO fruit VALUES ('date', 3.0, 7)"))
        session.commit()
    assert conn.query(sql)["n"][0] == 3  # cached
    assert conn.query(sql, ttl=0)["n"][0] == 4  # ttl 0: never reused
    desk.cache_data.clear()
    assert conn.query(sql)["n"][0] == 4


def test_two_databases_do_not_share_cached_results(db: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as con:
        con.execute("CREATE TABLE fruit (name TEXT, price REAL, stock INTEGER)")
    first = desk.connection("a", type="sql", url=f"sqlite:///{db}")
    second = desk.connection("b", type="sql", url=f"sqlite:///{other}")
    assert len(first.query("SELECT * FROM fruit")) == 3
    assert len(second.query("SELECT * FROM fruit")) == 0


def test_sql_connect_and_autocommit(db: Path) -> None:
    conn = desk.connection("shop", type="sql", url=f"sqlite:///{db}", autocommit=True)
    assert conn.engine.get_execution_options()["isolation_level"] == "AUTOCOMMIT"
    with conn.connect() as con:
        assert con.execute(sqlalchemy.text("SELECT stock FROM fruit WHERE name='apple'")).scalar() == 10


def test_sql_query_retries_then_raises(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    conn = desk.connection("shop", type="sql", url=f"sqlite:///{db}")
    calls: list[int] = []
    real_read = SQLConnection._read

    def counting(self: SQLConnection, *args: Any) -> Any:
        calls.append(1)
        return real_read(self, *args)

    monkeypatch.setattr(SQLConnection, "_read", counting)
    import pandas as pd

    with pytest.raises(pd.errors.DatabaseError, match="no such table: vegetables"):
        conn.query("SELECT * FROM vegetables")
    assert len(calls) == 3


def test_sql_settings_from_secrets_fields(db: Path) -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        conn = st.connection("shop")
        st.markdown(conn.engine.url.drivername)
        st.markdown(str(conn.query("SELECT COUNT(*) AS n FROM fruit")["n"][0]))
        """
    )
    at.secrets = {"connections": {"shop": {"type": "sql", "url": f"sqlite:///{db}"}}}
    at.run()
    assert not at.exception
    assert at.markdown.values == ["sqlite", "3"]


def test_sql_url_from_dialect_fields() -> None:
    with pytest.raises(MissingDependencyError) as caught:
        desk.connection("pg", type="sql", dialect="postgresql", username="ada", password="pw", host="db.local", port="5433", database="shop")
    message = str(caught.value)
    assert "st.connection('pg'): the database driver for 'postgresql' is not installed" in message
    assert "pip install psycopg" in message


def test_sql_without_settings_or_with_partial_fields() -> None:
    with pytest.raises(DeskAPIError, match=r"st.connection\('empty'\): no database settings. Pass url=..."):
        desk.connection("empty", type="sql")
    with pytest.raises(DeskAPIError, match=r"without a url, the settings need dialect, username, host; missing: username, host"):
        desk.connection("partial", type="sql", dialect="postgresql")
    with pytest.raises(DeskAPIError, match=r"url 'not a url' is not a database URL"):
        desk.connection("bad", type="sql", url="not a url")


def test_missing_driver_names_the_pip_package() -> None:
    with pytest.raises(MissingDependencyError, match=r"driver for 'mysql\+pymysql' is not installed .*`pip install pymysql`"):
        desk.connection("my", type="sql", url="mysql+pymysql://u:p@localhost/db")
    with pytest.raises(MissingDependencyError, match=r"'nosuchdb' is not installed .*dialect package for 'nosuchdb'"):
        desk.connection("no", type="sql", url="nosuchdb://u:p@localhost/db")
    error = missing_driver_error("w", "snowflake", ModuleNotFoundError("No module named 'x'"))
    assert "`pip install snowflake-sqlalchemy`" in str(error)


def test_queries_with_different_ttls_keep_their_own_entries(db: Path) -> None:
    conn = desk.connection("shop", type="sql", url=f"sqlite:///{db}")
    count = "SELECT COUNT(*) AS n FROM fruit"
    names = "SELECT name FROM fruit ORDER BY name"
    assert conn.query(count)["n"][0] == 3
    assert len(conn.query(names, ttl=3600)) == 3
    with conn.session as session:
        session.execute(sqlalchemy.text("INSERT INTO fruit VALUES ('date', 3.0, 7)"))
        session.commit()
    assert conn.query(count)["n"][0] == 3  # still cached after a query with another ttl
    assert len(conn.query(names, ttl=3600)) == 3


def test_connections_with_different_cache_options_do_not_evict_each_other() -> None:
    first = desk.connection("one", type=Dummy, ttl=3600)
    second = desk.connection("two", type=Dummy, max_entries=1)
    assert desk.connection("one", type=Dummy, ttl=3600) is first
    assert desk.connection("two", type=Dummy, max_entries=1) is second


def test_sql_settings_from_a_secrets_file_next_to_the_script(db: Path, tmp_path: Path) -> None:
    app_dir = tmp_path / "app"
    (app_dir / ".streamlit").mkdir(parents=True)
    (app_dir / ".streamlit" / "secrets.toml").write_text(
        f'[connections.shop]\ntype = "sql"\nurl = "sqlite:///{db}"\n\n'
        "[connections.shop.create_engine_kwargs]\necho = false\n",
        encoding="utf-8",
    )
    script = app_dir / "app.py"
    script.write_text(
        "import streamlit as st\n"
        "conn = st.connection('shop')\n"
        "st.markdown(', '.join(conn.query('SELECT name FROM fruit ORDER BY name')['name']))\n",
        encoding="utf-8",
    )
    at = AppTest.from_file(script)
    at.secrets = {}
    at.run()
    assert not at.exception
    assert at.markdown[0].value == "apple, banana, cherry"
