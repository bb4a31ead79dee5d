"""Script execution: compile cache, fresh ``__main__``, sys.path, the streamlit alias and magic."""

from __future__ import annotations

import os
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

import desk.runtime.script as script_module
from desk.testing import AppTest


def _write(path: Path, text: str) -> Path:
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


# ---------------------------------------------------------------- compile cache


def test_unchanged_file_is_compiled_once_and_edited_file_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real_compile = compile

    def counting_compile(*args: Any, **kwargs: Any) -> Any:
        calls.append(str(args[1]))
        return real_compile(*args, **kwargs)

    monkeypatch.setattr(script_module, "compile", counting_compile, raising=False)
    app = _write(tmp_path / "app.py", 'import streamlit as st\nst.text("one")\n')
    at = AppTest.from_file(app).run()
    at.run()
    at.run()
    assert at.text[0].value == "one"
    assert calls == [str(app)]

    _write(app, 'import streamlit as st\nst.text("two, edited")\n')
    stat = app.stat()
    os.utime(app, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10_000_000))
    at.run()
    assert at.text[0].value == "two, edited"
    assert calls == [str(app), str(app)]


def test_each_run_gets_a_fresh_main_module() -> None:
    at = AppTest.from_string(
        """
        import sys
        import streamlit as st
        counter = globals().get("counter", 0) + 1
        st.text(f"counter={counter}")
        st.text(f"name={__name__} main={sys.modules['__main__'].__dict__ is globals()}")
        """
    ).run()
    at.run()
    assert at.text.values == ["counter=1", "name=__main__ main=True"]
    assert sys.modules["__main__"].__dict__ is not None  # the test process keeps its own __main__


def test_script_folder_is_on_sys_path_and_cwd_is_unchanged(tmp_path: Path) -> None:
    _write(
        tmp_path / "helper_for_desk_test.py",
        """
        import desk
        import streamlit as st

        def greet(name):
            st.markdown(f"Hello, {name}")
            return f"desk: {st.markdown is desk.markdown}"
        """,
    )
    app = _write(
        tmp_path / "app.py",
        """
        import os
        import streamlit as st
        from helper_for_desk_test import greet
        st.text(greet("desk"))
        st.text(os.getcwd())
        """,
    )
    cwd = os.getcwd()
    try:
        at = AppTest.from_file(app).run()
        assert at.markdown[0].value == "Hello, desk"
        assert at.text.values == ["desk: True", cwd]
        assert os.getcwd() == cwd
    finally:
        sys.modules.pop("helper_for_desk_test", None)


# ---------------------------------------------------------------- import streamlit


def test_import_streamlit_resolves_to_desk_inside_the_runner() -> None:
    at = AppTest.from_string(
        """
        import desk
        import streamlit as st
        import streamlit.errors
        import streamlit.column_config
        from streamlit.runtime.scriptrunner import get_script_run_ctx, add_script_run_ctx
        from streamlit.runtime.scriptrunner.script_run_context import get_script_run_ctx as old_location
        from streamlit.runtime.scriptrunner import RerunException, StopException
        st.text(str(st.text is desk.text and st.session_state is desk.session_state))
        st.text(str(streamlit.errors.StreamlitAPIException is desk.errors.DeskAPIError))
        st.text(str(get_script_run_ctx() is not None and old_location is get_script_run_ctx))
        st.text(str(streamlit.column_config.NumberColumn is desk.column_config.NumberColumn))
        st.text(f"{RerunException.__name__} {StopException.__name__} {st.__version__} {desk.__version__ != st.__version__}")
        """
    ).run()
    # Scripts see the Streamlit release desk follows; desk keeps its own version.
    assert at.text.values == ["True", "True", "True", "True", "RerunRequested StopRun 1.67.0 True"]


def test_streamlit_components_v1_is_desk_components() -> None:
    at = AppTest.from_string(
        """
        import desk.components.v1
        import streamlit as st
        import streamlit.components.v1 as components
        from streamlit import components as components_package
        components.html("<b>bold</b>", height=40)
        st.text(str(components.html is desk.components.v1.html and components_package.v1.html is components.html))
        """
    ).run()
    assert not at.exception
    assert at.text[0].value == "True"
    assert [e.type for e in at.main.children][0] == "iframe"  # Streamlit's AppTest name


def test_importing_streamlit_names_leaves_desk_modules_alone() -> None:
    """Regression: `import streamlit.runtime.scriptrunner` replaced the attribute desk.runtime."""
    AppTest.from_string(
        """
        import streamlit.runtime.scriptrunner
        import streamlit.runtime.state
        import streamlit.version
        """
    ).run()
    import desk
    import desk.runtime.state as state_module

    assert desk.runtime.__name__ == "desk.runtime"
    assert desk.__spec__ is not None and desk.__spec__.name == "desk"
    assert state_module.__name__ == "desk.runtime.state"


def test_import_desk_as_st_works_too() -> None:
    at = AppTest.from_string('import desk as st\nst.text("plain desk")\n').run()
    assert at.text[0].value == "plain desk"


def test_add_script_run_ctx_lets_a_thread_write_to_the_page() -> None:
    at = AppTest.from_string(
        """
        import threading
        import streamlit as st
        from streamlit.runtime.scriptrunner import add_script_run_ctx, get_script_run_ctx

        seen = []
        def work():
            seen.append(get_script_run_ctx() is not None)
            st.markdown("from a thread")

        thread = add_script_run_ctx(threading.Thread(target=work))
        thread.start()
        thread.join()
        st.text(f"ctx in thread: {seen[0]}")
        st.text(get_script_run_ctx().session_id)
        """
    ).run()
    assert at.markdown[0].value == "from a thread"
    assert at.text.values == ["ctx in thread: True", at.session.id]


def test_a_thread_without_context_sees_none() -> None:
    at = AppTest.from_string(
        """
        import threading
        import streamlit as st
        from streamlit.runtime.scriptrunner import get_script_run_ctx

        seen = []
        thread = threading.Thread(target=lambda: seen.append(get_script_run_ctx()))
        thread.start()
        thread.join()
        st.text(f"ctx: {seen[0]}")
        """
    ).run()
    assert at.text[0].value == "ctx: None"


# ---------------------------------------------------------------- magic


def _magic_bodies(script: str) -> list[Any]:
    at = AppTest.from_string(script).run()
    assert not at.exception, at.exception[0].message if at.exception else ""
    return [e.value for e in at.main.children]


def test_magic_writes_bare_expressions_but_not_docstrings_or_calls() -> None:
    bodies = _magic_bodies(
        '''
        """The module docstring is not written."""
        import streamlit as st
        "a bare string"
        x = 40 + 2
        x
        len("abc")
        st.text("an explicit call")
        ...
        '''
    )
    assert bodies[0] == "a bare string"
    assert "42" in bodies[1]
    assert bodies[2] == "an explicit call"
    assert len(bodies) == 3


def test_magic_writes_a_bare_tuple_as_write_arguments() -> None:
    bodies = _magic_bodies(
        """
        import streamlit as st
        x = 10
        "x is", {"a": 1}
        t = (3, 4)
        t
        """
    )
    # The tuple's items are st.write's arguments; a tuple held in a name is one value.
    assert bodies == ["x is", '{"a": 1}', "`(3, 4)`"]


def test_magic_works_inside_if_for_with_and_functions() -> None:
    bodies = _magic_bodies(
        '''
        import contextlib
        import streamlit as st

        def shown():
            """A function docstring is not written."""
            "in a function"

        if True:
            "in an if"
        else:
            "never"
        for i in range(2):
            f"in a for {i}"
        with contextlib.nullcontext():
            "in a with"
        try:
            "in a try"
        except Exception:
            pass
        shown()
        '''
    )
    assert bodies == ["in an if", "in a for 0", "in a for 1", "in a with", "in a try", "in a function"]


def test_magic_can_be_turned_off() -> None:
    at = AppTest.from_string('"not written"\nimport streamlit as st\nst.text("x")\n')
    at.session.magic = False
    at.run()
    assert [e.value for e in at.main.children] == ["x"]


def test_in_memory_scripts_of_equal_length_are_not_confused() -> None:
    """Regression: the compile cache keyed in-memory text by length, so same-size scripts shared code."""
    from desk.runtime.script import ScriptSource, script_cache

    path = Path.cwd() / "<same-name>"
    one = script_cache.compile(ScriptSource(path, "x = 'one'\n"))
    two = script_cache.compile(ScriptSource(path, "x = 'two'\n"))
    first: dict[str, Any] = {}
    second: dict[str, Any] = {}
    exec(one, first)
    exec(two, second)
    assert (first["x"], second["x"]) == ("one", "two")


def test_magic_writes_none_and_method_bodies_but_not_class_level_expressions() -> None:
    """Regression: a bare `None` was skipped and methods of a class were never rewritten."""
    at = AppTest.from_string(
        '''
        import streamlit as st

        class Thing:
            "class docstring"
            "class-level string"

            def show(self):
                "method docstring"
                "method body"

        value = None
        value
        Thing().show()
        '''
    ).run()
    assert at.markdown.values == ["`None`", "method body"]


def test_a_thread_can_attach_a_captured_context_to_itself() -> None:
    at = AppTest.from_string(
        """
        import threading
        import streamlit as st
        from streamlit.runtime.scriptrunner import add_script_run_ctx, get_script_run_ctx

        ctx = get_script_run_ctx()

        def work():
            add_script_run_ctx(threading.current_thread(), ctx)
            st.markdown("attached inside the thread")

        thread = threading.Thread(target=work)
        thread.start()
        thread.join()
        """
    ).run()
    assert at.markdown[0].value == "attached inside the thread"
