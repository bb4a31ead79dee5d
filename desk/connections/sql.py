"""``SQLConnection``: ``st.connection(name, type="sql")``, a SQLAlchemy engine with a cached ``query``.

Settings come from ``url=`` (or ``url`` in secrets), or from ``dialect``, ``driver``,
``username``, ``password``, ``host``, ``port``, ``database`` and ``query``, keyword arguments
winning over secrets. Other keyword arguments, and the secrets' ``create_engine_kwargs``
table, go to ``sqlalchemy.create_engine``; ``autocommit=True`` opens the engine in
AUTOCOMMIT mode. A driver that is not installed gives an error naming its pip package.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from desk.connections.base import BaseConnection
from desk.errors import DeskAPIError, MissingDependencyError

if TYPE_CHECKING:
    import pandas as pd

URL_PARAMS = ("url", "driver", "dialect", "username", "password", "host", "port", "database", "query")
REQUIRED_WITHOUT_URL = ("dialect", "username", "host")
RETRY_ATTEMPTS = 3

# Python module a SQLAlchemy dialect imports -> the pip package that provides it.
DRIVER_PACKAGES: dict[str, str] = {
    "psycopg2": "psycopg2-binary",
    "psycopg": "psycopg[binary]",
    "asyncpg": "asyncpg",
    "pg8000": "pg8000",
    "MySQLdb": "mysqlclient",
    "pymysql": "pymysql",
    "mysql": "mysql-connector-python",
    "mariadb": "mariadb",
    "pyodbc": "pyodbc",
    "pymssql": "pymssql",
    "oracledb": "oracledb",
    "cx_Oracle": "cx_Oracle",
    "snowflake": "snowflake-sqlalchemy",
    "duckdb_engine": "duckdb-engine",
    "duckdb": "duckdb-engine",
    "sqlalchemy_bigquery": "sqlalchemy-bigquery",
    "google": "sqlalchemy-bigquery",
    "databricks": "databricks-sqlalchemy",
    "trino": "trino",
    "clickhouse_sqlalchemy": "clickhouse-sqlalchemy",
    "redshift_connector": "sqlalchemy-redshift redshift_connector",
    "sqlalchemy_redshift": "sqlalchemy-redshift",
    "ibm_db_sa": "ibm-db-sa",
    "pysqlite2": "pysqlite3",
    "aiosqlite": "aiosqlite",
}

# SQLAlchemy dialects that ship as their own package.
DIALECT_PACKAGES: dict[str, str] = {
    "snowflake": "snowflake-sqlalchemy",
    "duckdb": "duckdb-engine",
    "bigquery": "sqlalchemy-bigquery",
    "databricks": "databricks-sqlalchemy",
    "trino": "trino",
    "clickhouse": "clickhouse-sqlalchemy",
    "redshift": "sqlalchemy-redshift",
    "ibm_db_sa": "ibm-db-sa",
    "db2": "ibm-db-sa",
    "cockroachdb": "sqlalchemy-cockroachdb",
}


def _sqlalchemy() -> Any:
    try:
        import sqlalchemy
    except ImportError:
        raise MissingDependencyError(
            'st.connection(type="sql") needs SQLAlchemy, which is not installed. '
            "Install it with `pip install sqlalchemy` (and your database's driver), then restart the app."
        ) from None
    return sqlalchemy


def missing_driver_error(connection: str, dialect: str, error: BaseException) -> MissingDependencyError:
    """An error that names the pip package of the missing driver or dialect."""
    module = getattr(error, "name", None) or ""
    package = DRIVER_PACKAGES.get(module.split(".")[0]) or DIALECT_PACKAGES.get(dialect.split("+")[0])
    install = f"`pip install {package}`" if package else f"pip: look for the SQLAlchemy dialect package for {dialect!r}"
    return MissingDependencyError(
        f"st.connection({connection!r}): the database driver for {dialect!r} is not installed ({error}). "
        f"Install it with {install}, then restart the app."
    )


class SQLConnection(BaseConnection[Any]):
    """A SQL database through a SQLAlchemy engine; ``query`` returns a cached DataFrame."""

    _retry_delay = 1.0

    def _connect(self, autocommit: bool = False, **kwargs: Any) -> Any:
        sqlalchemy = _sqlalchemy()
        kwargs = dict(kwargs)
        secrets = self._secrets
        params = {**{k: v for k, v in secrets.items() if k in URL_PARAMS}}
        params.update({k: kwargs.pop(k) for k in URL_PARAMS if k in kwargs})
        if not params:
            raise DeskAPIError(
                f"st.connection({self._connection_name!r}): no database settings. Pass url=... "
                f"(e.g. url='sqlite:///data.db') or add a [connections.{self._connection_name}] section with "
                "url = '...' to .streamlit/secrets.toml."
            )
        url = self._url(sqlalchemy, params)
        engine_kwargs = {**dict(secrets.get("create_engine_kwargs", {})), **kwargs}
        autocommit = autocommit or bool(secrets.get("autocommit", False))
        try:
            engine = sqlalchemy.create_engine(url, **engine_kwargs)
        except (ImportError, sqlalchemy.exc.NoSuchModuleError) as error:
            raise missing_driver_error(self._connection_name, url.drivername, error) from None
        if autocommit:
            return engine.execution_options(isolation_level="AUTOCOMMIT")
        return engine

    def _url(self, sqlalchemy: Any, params: dict[str, Any]) -> Any:
        if "url" in params:
            try:
                return sqlalchemy.engine.make_url(params["url"])
            except sqlalchemy.exc.ArgumentError as error:
                raise DeskAPIError(
                    f"st.connection({self._connection_name!r}): url {params['url']!r} is not a database URL ({error}). "
                    "Use the form dialect+driver://username:password@host:port/database, e.g. sqlite:///data.db."
                ) from None
        missing = [name for name in REQUIRED_WITHOUT_URL if name not in params]
        if missing:
            raise DeskAPIError(
                f"st.connection({self._connection_name!r}): without a url, the settings need "
                f"{', '.join(REQUIRED_WITHOUT_URL)}; missing: {', '.join(missing)}."
            )
        driver = params.get("driver")
        drivername = f"{params['dialect']}+{driver}" if driver else str(params["dialect"])
        port = params.get("port")
        return sqlalchemy.engine.URL.create(
            drivername=drivername,
            username=params.get("username"),
            password=params.get("password"),
            host=params.get("host"),
            port=int(port) if port is not None else None,
            database=params.get("database"),
            query=dict(params.get("query") or {}),
        )

    # -- the public API
    def query(
        self,
        sql: str,
        *,
        show_spinner: bool | str = "Running `sql.query(...)`.",
        ttl: float | int | timedelta | None = None,
        index_col: str | list[str] | None = None,
        chunksize: int | None = None,
        params: Any = None,
        **kwargs: Any,
    ) -> pd.DataFrame | Iterator[pd.DataFrame]:
        """Run a read-only query and return its rows as a DataFrame, cached for ``ttl``.

        Args:
            sql: The query; use ``:name`` placeholders with ``params={"name": value}``.
            show_spinner: Show a spinner (True, or its text) while the query runs on a cache miss.
            ttl: How long to keep the result (seconds, a timedelta or a string such as "10m"); None keeps it.
            index_col: Column(s) to use as the DataFrame's index.
            chunksize: Return an iterator of DataFrames of this many rows each.
            params: Values for the query's placeholders.
            **kwargs: More arguments for ``pandas.read_sql``.
        """
        from desk.cache.api import cache_data

        if not isinstance(sql, str) or not sql.strip():
            raise DeskAPIError(f"SQLConnection.query: sql must be a non-empty string, not {sql!r}.")
        if chunksize is not None and (isinstance(chunksize, bool) or not isinstance(chunksize, int) or chunksize < 1):
            raise DeskAPIError(f"SQLConnection.query: chunksize must be a positive whole number or None, not {chunksize!r}.")
        connection = self

        def read_sql(
            connection_id: str, sql: str, index_col: Any, chunksize: int | None, params: Any, **kwargs: Any
        ) -> Any:
            return connection._with_retries(lambda: connection._read(sql, index_col, chunksize, params, kwargs))

        # One cache per connection and ttl, so queries with another ttl do not replace its entries.
        read_sql.__qualname__ = f"SQLConnection.query[{self._connection_name}|{ttl}]"
        # Results stay in memory: a database changes between app starts, so disk entries would be stale.
        cached = cache_data(show_spinner=show_spinner, ttl=ttl, persist=False)(read_sql)
        result = cached(self._cache_identity(), sql, index_col, chunksize, params, **kwargs)
        if chunksize is not None:
            return iter(result)
        return result  # type: ignore[no-any-return]

    def _cache_identity(self) -> str:
        return f"{self._connection_name}|{self._instance.url!r}"

    def _read(self, sql: str, index_col: Any, chunksize: int | None, params: Any, kwargs: dict[str, Any]) -> Any:
        import pandas as pd

        sqlalchemy = _sqlalchemy()
        with self._instance.connect() as con:
            result = pd.read_sql(
                sqlalchemy.text(sql), con, index_col=index_col, chunksize=chunksize, params=params, **kwargs
            )
            if chunksize is not None:
                return list(result)
            return result

    def _with_retries(self, action: Callable[[], Any]) -> Any:
        sqlalchemy = _sqlalchemy()
        transient = (sqlalchemy.exc.DatabaseError, sqlalchemy.exc.InternalError, sqlalchemy.exc.OperationalError)
        for attempt in range(1, RETRY_ATTEMPTS + 1):
            try:
                return action()
            except Exception as error:
                # pandas wraps the driver's error in its own DatabaseError.
                if not isinstance(error, transient) and not isinstance(error.__cause__, transient):
                    raise
                if attempt == RETRY_ATTEMPTS:
                    raise
                self.reset()
                time.sleep(self._retry_delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def connect(self) -> Any:
        """A new ``sqlalchemy.engine.Connection``; use it in a ``with`` block."""
        return self._instance.connect()

    @property
    def engine(self) -> Any:
        """The ``sqlalchemy.engine.Engine``."""
        return self._instance

    @property
    def driver(self) -> str:
        """The name of the DBAPI driver (e.g. ``pysqlite``, ``psycopg2``)."""
        return str(self._instance.driver)

    @property
    def session(self) -> Any:
        """A new ``sqlalchemy.orm.Session`` on the engine; use it in a ``with`` block."""
        from sqlalchemy.orm import Session

        return Session(self._instance)


__all__ = ["DRIVER_PACKAGES", "SQLConnection", "missing_driver_error"]
