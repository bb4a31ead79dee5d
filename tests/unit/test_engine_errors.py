"""Exceptions in scripts, API errors, query_params, st.context, set_page_config and options."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from desk.config import Settings
from desk.errors import DeskAPIError
from desk.protocol import Hello, PageConfig, QueryString, ServerMessage
from desk.runtime.query_params import QueryParams
from desk.runtime.script import ScriptSource
from desk.runtime.session import Session
from desk.testing import AppTest

# ---------------------------------------------------------------- exceptions


def test_an_exception_is_shown_where_it_happened_and_earlier_elements_stay() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.text("one")
        st.text("two")
        if not st.session_state.get("fixed"):
            raise ZeroDivisionError("the script divided by zero")
        st.text("three")
        """
    ).run()
    assert [e.type for e in at.main.children] == ["text", "text", "exception"]
    error = at.exception[0]
    assert error.proto["type"] == "ZeroDivisionError"
    assert error.message == "the script divided by zero"
    assert error.proto["is_warning"] is False
    assert any('raise ZeroDivisionError("the script divided by zero")' in line for line in error.proto["traceback"])
    assert not any("desk/runtime" in line for line in error.proto["traceback"])
    # The engine survives: the next run works.
    at.session_state["fixed"] = True
    at.run()
    assert at.text.values == ["one", "two", "three"]
    assert len(at.exception) == 0


def test_an_exception_inside_a_container_keeps_the_container() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        with st.expander("box"):
            st.text("inside")
            raise RuntimeError("inside the expander")
        """
    ).run()
    assert at.expander[0].text[0].value == "inside"
    assert at.exception[0].message == "inside the expander"


def test_a_syntax_error_is_shown_with_its_line_number() -> None:
    at = AppTest.from_string("import streamlit as st\nst.text('ok')\nx = (1,\n").run()
    error = at.exception[0]
    assert error.proto["type"] == "SyntaxError"
    assert "line 3" in error.message
    assert at.session.last_status == "compile_error"


def test_a_syntax_error_in_an_edited_file_then_a_fix(tmp_path: Path) -> None:
    import os

    app = tmp_path / "app.py"
    app.write_text("import streamlit as st\nst.text('v1')\n")
    at = AppTest.from_file(app).run()
    assert at.text[0].value == "v1"
    app.write_text("import streamlit as st\nst.text('v2'\n")
    os.utime(app, ns=(app.stat().st_atime_ns, app.stat().st_mtime_ns + 10_000_000))
    at.run()
    assert at.exception[0].proto["type"] == "SyntaxError"
    app.write_text("import streamlit as st\nst.text('v3')\n")
    os.utime(app, ns=(app.stat().st_atime_ns, app.stat().st_mtime_ns + 20_000_000))
    at.run()
    assert at.text[0].value == "v3"
    assert len(at.exception) == 0


def test_an_exception_in_a_callback_is_shown_and_the_body_does_not_run() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        def broken():
            raise ValueError("callback failed")
        st.checkbox("box", on_change=broken)
        st.text("body")
        """
    ).run()
    at.checkbox[0].check().run()
    assert at.exception[0].message == "callback failed"
    at.run()
    assert at.text[0].value == "body"


def test_api_errors_name_the_function_argument_and_value() -> None:
    at = AppTest.from_string("import streamlit as st\nst.checkbox(42)\n").run()
    assert at.exception[0].message == "st.checkbox: label must be a string, not int (42)."
    # desk's own frames are left out of API errors: the trace ends at the user's line.
    assert at.exception[0].proto["traceback"] == [f'  File "{at.session.source.path}", line 2, in <module>\n    st.checkbox(42)']
    at = AppTest.from_string("import streamlit as st\nst.button('b', on_click=3)\n").run()
    assert at.exception[0].message == "st.button: on_click must be a function or None, not int (3)."


def test_system_exit_stops_the_run_quietly() -> None:
    at = AppTest.from_string("import sys\nimport streamlit as st\nst.text('a')\nsys.exit(0)\nst.text('b')\n").run()
    assert at.text.values == ["a"]
    assert len(at.exception) == 0


# ---------------------------------------------------------------- query_params


def test_query_params_read_write_and_send_the_query_string() -> None:
    messages: list[ServerMessage] = []
    script = """
    import streamlit as st
    qp = st.query_params
    st.text(f"page={qp['page']} tags={qp.get_all('tag')} missing={qp.get('nope', '-')} attr={qp.page}")
    st.text(f"dict={qp.to_dict()} in={'page' in qp} embed={'embed' in qp}")
    qp["page"] = 3
    qp.sort = ["a", "b"]
    del qp["tag"]
    """
    source = ScriptSource(Path.cwd() / "<qp>", textwrap.dedent(script))
    session = Session(source, messages.append, query_string="page=2&tag=x&tag=y&embed=true")
    session.request_rerun()
    assert session.wait_idle(3)
    texts = [m.node.props["body"] for m in messages if getattr(m, "node", None) is not None]
    assert texts == [
        "page=2 tags=['x', 'y'] missing=- attr=2",
        "dict={'page': '2', 'tag': 'y'} in=True embed=False",
    ]
    sent = [m.query_string for m in messages if isinstance(m, QueryString)]
    assert sent == ["page=3&tag=x&tag=y&embed=true", "page=3&tag=x&tag=y&embed=true&sort=a&sort=b", "page=3&embed=true&sort=a&sort=b"]
    session.close()


def test_query_params_clear_from_dict_and_reserved_keys() -> None:
    params = QueryParams(None, "a=1&embed=true")
    params.from_dict({"x": "1", "y": ["2", "3"]})
    assert params.to_dict() == {"x": "1", "y": "3"}
    assert params.get_all("y") == ["2", "3"]
    params.clear()
    assert params.to_dict() == {}
    with pytest.raises(DeskAPIError, match='Query parameter "embed" is reserved and cannot be set.'):
        params["embed"] = "false"
    with pytest.raises(KeyError, match='st.query_params has no key "zzz"'):
        params["zzz"]


def test_query_params_come_from_the_hello_message() -> None:
    at = AppTest.from_string("import streamlit as st\nst.text(st.query_params.get('q', 'none'))\n")
    at.session.handle(Hello(query_string="?q=found", timezone="Europe/Paris", locale="fr-FR"))
    assert at.session.wait_idle(3)
    assert at.text[0].value == "found"


# ---------------------------------------------------------------- st.context


def test_st_context_reports_what_the_client_said() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        c = st.context
        st.text(f"{c.timezone} {c.timezone_offset} {c.locale} {c.theme['type']} {c.ip_address} {dict(c.headers)}")
        """
    )
    at.session.handle(Hello(timezone="Europe/Paris", timezone_offset=-60, locale="fr-FR", theme_type="dark"))
    assert at.session.wait_idle(3)
    assert at.text[0].value == "Europe/Paris -60 fr-FR dark 127.0.0.1 {}"


def test_st_context_theme_reads_as_attribute_and_is_embedded_is_none_without_a_client() -> None:
    """As in Streamlit: ``st.context.theme.type`` works (apps use the attribute), and an AppTest,
    which has no client, gets None for is_embedded; a desk window is never embedded."""
    script = """
        import streamlit as st
        c = st.context
        st.text(f"{c.theme.type} {c.theme['type']} {c.is_embedded}")
        """
    at = AppTest.from_string(script).run()
    assert at.text[0].value == "None None None"
    at = AppTest.from_string(script)
    at.session.handle(Hello(timezone="Europe/Paris", timezone_offset=-60, locale="fr-FR", theme_type="dark"))
    assert at.session.wait_idle(3)
    assert at.text[0].value == "dark dark False"


# ---------------------------------------------------------------- set_page_config


def test_set_page_config_first_sends_a_page_config() -> None:
    messages: list[ServerMessage] = []
    script = """
    import streamlit as st
    st.set_page_config(page_title="Demo", page_icon="🎈", layout="wide")
    st.text("body")
    """
    session = Session(ScriptSource(Path.cwd() / "<pc>", textwrap.dedent(script)), messages.append)
    session.request_rerun()
    assert session.wait_idle(3)
    (config,) = [m for m in messages if isinstance(m, PageConfig)]
    assert (config.title, config.icon, config.layout) == ("Demo", "🎈", "wide")
    session.close()


def test_set_page_config_may_come_after_output_and_again() -> None:
    """As in Streamlit 1.67: anywhere, more than once; a later call changes only what it is given."""
    messages: list[ServerMessage] = []
    script = """
    import streamlit as st
    st.text("first")
    st.set_page_config(page_title="Demo", layout="wide")
    st.text("between")
    st.set_page_config(page_icon="🎈")
    st.text("after")
    """
    session = Session(ScriptSource(Path.cwd() / "<pc2>", textwrap.dedent(script)), messages.append)
    session.request_rerun()
    assert session.wait_idle(3)
    configs = [(m.title, m.icon, m.layout, m.initial_sidebar_state) for m in messages if isinstance(m, PageConfig)]
    assert configs == [("Demo", None, "wide", "auto"), ("Demo", "🎈", "wide", "auto")]
    session.close()


def test_output_from_callbacks_does_not_count_against_set_page_config() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        def cb():
            st.text("from callback")
        st.set_page_config(page_title="T")
        st.checkbox("box", on_change=cb)
        """
    ).run()
    at.checkbox[0].check().run()
    assert len(at.exception) == 0


def test_set_page_config_validates_its_arguments() -> None:
    at = AppTest.from_string("import streamlit as st\nst.set_page_config(layout='full')\n").run()
    assert at.exception[0].message == "st.set_page_config: layout must be 'centered' or 'wide', not 'full'."


# ---------------------------------------------------------------- options


def test_get_option_and_set_option() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.set_option("client.toolbarMode", "minimal")
        st.text(str(st.get_option("client.toolbarMode")))
        st.text(str(st.get_option("server.maxUploadSize")))
        st.get_option("no.such")
        """
    ).run()
    assert at.text.values == ["minimal", "200"]
    assert at.exception[0].message.startswith('Config key "no.such" not defined.')  # Streamlit's words
    assert at.exception[0].proto["type"] == "UnknownOptionError"


def test_set_option_changes_only_its_own_session() -> None:
    script = """
        import streamlit as st
        if st.checkbox("set"):
            st.set_option("client.toolbarMode", "minimal")
        st.text(str(st.get_option("client.toolbarMode")))
        """
    setter, other = AppTest.from_string(script).run(), AppTest.from_string(script).run()
    setter.checkbox[0].check().run()
    assert setter.text.values == ["minimal"]
    assert other.run().text.values == ["auto"]  # Streamlit's default


@pytest.mark.parametrize("how", ["settings", "set_option"])
def test_show_error_details_off_hides_the_message_and_traceback(how: str) -> None:
    script = "raise ValueError('secret database password in here')\n"
    if how == "settings":
        at = AppTest.from_string(script, settings=Settings(show_error_details=False)).run()
    else:
        at = AppTest.from_string("import desk\ndesk.set_option('client.showErrorDetails', False)\n" + script).run()
    error = at.exception[0]
    assert error.proto["type"] == "ValueError"
    assert error.message == (
        "This app ran into an error. Its details are hidden (client.showErrorDetails is off); they are in the app's log."
    )
    assert error.proto["traceback"] == []
