"""``SnowflakeConnection``: ``st.connection(name, type="snowflake")``, when its package is installed.

It needs ``snowflake-connector-python``; without it, creating the connection raises
``MissingDependencyError`` naming the package. Settings come from the secrets section
``[connections.<name>]`` and the keyword arguments (which win), and are passed to
``snowflake.connector.connect``.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from desk.connections.base import BaseConnection
from desk.errors import DeskAPIError, MissingDependencyError

if TYPE_CHECKING:
    import pandas as pd

PACKAGE = "snowflake-connector-python"


def _connector() -> Any:
    try:
        import snowflake.connector  # type: ignore[import-not-found]
    except ImportError:
        raise MissingDependencyError(
            f'st.connection(type="snowflake") needs the {PACKAGE} package, which is not installed. '
            f"Install it with `pip install {PACKAGE}[pandas]`, then restart the app."
        ) from None
    return snowflake.connector


class SnowflakeConnection(BaseConnection[Any]):
    """A Snowflake account through ``snowflake.connector``; ``query`` returns a cached DataFrame."""

    def _connect(self, **kwargs: Any) -> Any:
        connector = _connector()
        settings = {key: value for key, value in self._secrets.items() if key != "type"}
        settings.update(kwargs)
        if not settings:
            raise DeskAPIError(
                f"st.connection({self._connection_name!r}, type='snowflake'): no settings. Add a "
                f"[connections.{self._connection_name}] section (account, user, password...) to "
                ".streamlit/secrets.toml, or pass them as keyword arguments."
            )
        return connector.connect(**settings)

    def query(
        self,
        sql: str,
        *,
        ttl: float | int | timedelta | None = None,
        show_spinner: bool | str = "Running `snowflake.query(...)`.",
        params: Any = None,
        **kwargs: Any,
    ) -> pd.DataFrame:
        """Run a read-only query and return its rows as a DataFrame, cached for ``ttl``."""
        from desk.cache.api import cache_data

        if not isinstance(sql, str) or not sql.strip():
            raise DeskAPIError(f"SnowflakeConnection.query: sql must be a non-empty string, not {sql!r}.")
        connection = self

        def run_query(connection_name: str, sql: str, params: Any, **kwargs: Any) -> Any:
            cursor = connection._instance.cursor()
            cursor.execute(sql, params=params, **kwargs)
            return cursor.fetch_pandas_all()

        run_query.__qualname__ = f"SnowflakeConnection.query[{self._connection_name}|{ttl}]"
        cached = cache_data(show_spinner=show_spinner, ttl=ttl, persist=False)(run_query)
        return cached(self._connection_name, sql, params, **kwargs)  # type: ignore[no-any-return]

    def cursor(self) -> Any:
        """A new ``SnowflakeCursor``."""
        return self._instance.cursor()

    @property
    def raw_connection(self) -> Any:
        """The underlying ``snowflake.connector.SnowflakeConnection``."""
        return self._instance

    def write_pandas(self, df: pd.DataFrame, table_name: str, **kwargs: Any) -> Any:
        """Write ``df`` to ``table_name`` (``snowflake.connector.pandas_tools.write_pandas``)."""
        _connector()
        from snowflake.connector.pandas_tools import write_pandas  # type: ignore[import-not-found]

        return write_pandas(self._instance, df, table_name, **kwargs)


__all__ = ["PACKAGE", "SnowflakeConnection"]
