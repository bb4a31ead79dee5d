"""``st.connection`` and ``st.connections``: named, shared connections to data sources.

``from streamlit.connections import SQLConnection`` style imports find the classes here.
``SQLConnection`` needs SQLAlchemy and ``SnowflakeConnection`` needs
snowflake-connector-python; both are imported only when a connection is created.
"""

from __future__ import annotations

from desk.connections.base import BaseConnection, ExperimentalBaseConnection
from desk.connections.factory import connection, experimental_connection
from desk.connections.snowflake import SnowflakeConnection
from desk.connections.sql import SQLConnection

__all__ = [
    "BaseConnection",
    "ExperimentalBaseConnection",
    "SQLConnection",
    "SnowflakeConnection",
    "connection",
    "experimental_connection",
]
