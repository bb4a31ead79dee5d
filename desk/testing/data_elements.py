"""AppTest wrappers for data elements (dataframe, data_editor, table, metric)."""

from __future__ import annotations

from typing import Any

from desk.testing.apptest import Element


class Dataframe(Element):
    """``st.dataframe``/``st.table``: ``.value`` is the data as a pandas DataFrame."""

    @property
    def value(self) -> Any:
        payload = self.node.props.get("data")
        if payload is None:
            return None
        import pyarrow as pa

        return pa.ipc.open_stream(payload.data).read_all().to_pandas()


DATA_CLASSES: dict[str, type[Element]] = {"Dataframe": Dataframe, "Table": Dataframe, "DataEditor": Dataframe}
