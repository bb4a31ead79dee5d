"""``streamlit.components.v1.components``: where component packages import ``declare_component`` from."""

from desk.components.v1 import CustomComponent, MarshallComponentException, declare_component

__all__ = ["CustomComponent", "MarshallComponentException", "declare_component"]
