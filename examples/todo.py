"""A to-do list kept in session_state, driven by widget callbacks.

New items come from a text input whose ``on_change`` callback adds the text and clears
the box; each item has a checkbox and a delete button; "Clear done" removes finished items.
"""

import streamlit as st

if "todos" not in st.session_state:
    st.session_state.todos = []  # each item: {"id": int, "text": str, "done": bool}
    st.session_state.next_id = 1


def add_todo() -> None:
    text = st.session_state.new_todo.strip()
    if text:
        st.session_state.todos.append({"id": st.session_state.next_id, "text": text, "done": False})
        st.session_state.next_id += 1
    st.session_state.new_todo = ""


def toggle(todo_id: int) -> None:
    for todo in st.session_state.todos:
        if todo["id"] == todo_id:
            todo["done"] = st.session_state[f"done_{todo_id}"]


def delete(todo_id: int) -> None:
    st.session_state.todos = [t for t in st.session_state.todos if t["id"] != todo_id]


def clear_done() -> None:
    st.session_state.todos = [t for t in st.session_state.todos if not t["done"]]


st.title("To-do")
st.text_input("New item", key="new_todo", on_change=add_todo, placeholder="What needs doing?")

for todo in st.session_state.todos:
    box, remove = st.columns([5, 1])
    with box:
        st.checkbox(todo["text"], value=todo["done"], key=f"done_{todo['id']}", on_change=toggle, args=(todo["id"],))
    with remove:
        st.button("Delete", key=f"delete_{todo['id']}", on_click=delete, args=(todo["id"],))

left = sum(1 for t in st.session_state.todos if not t["done"])
st.caption(f"{left} left of {len(st.session_state.todos)}")
st.button("Clear done", on_click=clear_done, disabled=left == len(st.session_state.todos))
