"""``streamlit.logger``: hands out loggers under desk's namespace."""

import logging


def get_logger(name: str) -> logging.Logger:
    """A logger for ``name``."""
    return logging.getLogger(name)


__all__ = ["get_logger"]
