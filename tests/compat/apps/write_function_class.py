import streamlit as st


class Point:
    """A point in the plane."""

    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y


def area(width: int, height: int) -> int:
    """The area of a rectangle."""
    return width * height


st.write(area)
st.write(Point)
