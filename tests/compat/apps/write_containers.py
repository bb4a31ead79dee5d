import dataclasses
from collections import namedtuple

import streamlit as st


@dataclasses.dataclass
class Item:
    name: str
    qty: int


Pair = namedtuple("Pair", ["left", "right"])

st.write(Pair(1, 2))
st.write({"a": 1}.keys())
st.write(Item("pen", 3))
st.write(range(3))
