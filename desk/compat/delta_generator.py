"""``streamlit.delta_generator.DeltaGenerator``: desk's containers play that role."""

from desk.runtime.emitter import Container

DeltaGenerator = Container

__all__ = ["DeltaGenerator"]
