"""An LLM-style chat: a fake, offline "model" streams its answers word by word.

Shows ``st.chat_message``, ``st.chat_input``, ``st.write_stream`` and a conversation kept
in ``st.session_state``. Swap ``fake_model`` for a real client's streaming call to make
it a real assistant. Run it with ``desk run examples/chat_llm.py``.
"""

import datetime as dt
import time
from collections.abc import Iterator

import streamlit as st

GREETING = "Hi! I'm a tiny offline model. Ask me anything, or say hello."
PERSONAS = {
    "Helpful": "",
    "Pirate": "Arr! ",
    "Terse": "",
}

st.set_page_config(page_title="Pocket assistant", page_icon="💬")

if "messages" not in st.session_state:
    st.session_state.messages = [{"role": "assistant", "content": GREETING}]

with st.sidebar:
    st.header("Model")
    persona = st.selectbox("Persona", list(PERSONAS), key="persona")
    words_per_second = st.slider("Words per second", 5, 500, 60, key="speed")
    if st.button("Clear conversation"):
        st.session_state.messages = []


def answer(prompt: str, persona: str) -> str:
    """The "model": a few canned skills, then a summary of what it was told."""
    text = prompt.strip()
    lowered = text.lower()
    if any(word in lowered for word in ("hello", "hi ", "hey")) or lowered == "hi":
        reply = "Hello! Nice to meet you. What shall we talk about?"
    elif "time" in lowered or "date" in lowered:
        reply = f"Today is {dt.date.today():%A, %d %B %Y}."
    elif lowered.startswith("reverse "):
        reply = f"Reversed: {text[len('reverse '):][::-1]}"
    elif "count" in lowered:
        reply = f"Your message has {len(text.split())} words and {len(text)} characters."
    else:
        reply = f"You said: \"{text}\". I'm only a demo model, but I heard every one of those {len(text.split())} words."
    if persona == "Terse":
        reply = reply.split(".")[0] + "."
    return PERSONAS[persona] + reply


def fake_model(text: str, words_per_second: int) -> Iterator[str]:
    """Stream ``text`` word by word, like an LLM API does."""
    words = text.split(" ")
    for index, word in enumerate(words):
        yield word if index == len(words) - 1 else word + " "
        time.sleep(1 / words_per_second)


st.title("💬 Pocket assistant")
st.caption("A fake streaming model: everything runs on this computer.")

for message in st.session_state.messages:
    with st.chat_message(message["role"]):
        st.markdown(message["content"])

if prompt := st.chat_input("Say something"):
    st.session_state.messages.append({"role": "user", "content": prompt})
    with st.chat_message("user"):
        st.markdown(prompt)
    with st.chat_message("assistant"):
        response = st.write_stream(fake_model(answer(prompt, persona), words_per_second))
    st.session_state.messages.append({"role": "assistant", "content": response})

count = len(st.session_state.messages)
st.sidebar.caption(f"{count} message{'' if count == 1 else 's'} so far")
