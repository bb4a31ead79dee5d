import streamlit as st


@st.cache_resource(validate=lambda value: value["ok"])
def resource() -> dict[str, bool]:
    return {"ok": True}


st.write(f"resource ok: {resource()['ok']}")
