import collections

import streamlit as st


class Plain:
    def __init__(self, a: int = 1) -> None:
        self.a = a


class NoInit:
    pass


st.write(Plain())
st.write(NoInit())
thing = NoInit()
st.help(thing)
st.write(collections.OrderedDict)
st.write("label", str)
st.help(numbers := [1, 2])
