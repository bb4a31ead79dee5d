import datetime as dt

import streamlit as st


def far_past() -> None:
    st.session_state.free = dt.date(1900, 1, 1)


if "born" not in st.session_state:
    st.session_state.born = dt.date(2000, 1, 1)
born = st.date_input(
    "Born", dt.date(2024, 6, 1), min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 1, 1), key="born"
)
st.text(repr((born, st.session_state.born)))
st.text(repr(st.date_input("Free", dt.date(2024, 6, 1), key="free")))
st.button("Far past", on_click=far_past)
st.text(repr(st.slider("Level", 0, 10, 5)))
st.text(repr(st.date_input("Trip", dt.date(2024, 6, 1), min_value=dt.date(2020, 1, 1))))
# step: at.slider[0].set_value(20).run()
# step: at.date_input[2].set_value(datetime.date(2010, 1, 1)).run()
# step: at.button[0].click().run()
