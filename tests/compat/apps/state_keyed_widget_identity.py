# step: (at.number_input[0].set_value(80.0), at.number_input[1].set_value(180.0), at.radio[0].set_value("y").run())
# step: at.checkbox[0].check().run()
# step: (at.selectbox[0].select("c"), at.multiselect[0].set_value(["a", "c"]), at.select_slider[0].set_value("c").run())
# step: at.checkbox[0].uncheck().run()
import streamlit as st

big = st.checkbox("Big")
unit = "kg" if big else "lb"
st.write(st.number_input(f"Weight ({unit})", value=70.0, key="weight"))
st.write(st.number_input(f"Height ({unit})", value=170.0))
options = ["a", "b", "c"] if big else ["x", "y"]
st.write(st.radio("Radio", options, key="radio"))
st.write(st.selectbox("Select", options, key="select"))
st.write(st.multiselect("Multi", options, key="multi"))
st.write(st.select_slider("Slide", options, key="slide"))
st.session_state.setdefault("preset", "nope")
st.write(st.selectbox("Preset", ["p", "q"], key="preset"))
