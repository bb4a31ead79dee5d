"""Summaries for the sales example (a local module that desk build bundles)."""

import pandas as pd


def summarise(data: pd.DataFrame, region: str) -> dict[str, int]:
    rows = data[data["region"] == region]
    return {"total": int(rows["amount"].sum()), "orders": len(rows)}
