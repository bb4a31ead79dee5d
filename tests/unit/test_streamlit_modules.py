"""Streamlit modules that real scripts and component packages import, run through desk (issue 15).

Each test runs a script through AppTest that imports a ``streamlit.*`` module the way
scripts in the wild do (``from streamlit import runtime``, ``streamlit.components.v1.components``,
``streamlit.runtime.metrics_util``...) and uses what it imported.
"""

from __future__ import annotations

from pathlib import Path

import desk
from desk.testing import AppTest


def run(script: str) -> AppTest:
    at = AppTest.from_string(script).run()
    assert not at.exception, at.exception[0].message if at.exception else ""
    return at


def test_from_streamlit_import_runtime_is_the_runtime_module_not_desks_engine() -> None:
    at = run(
        """
        import streamlit as st
        from streamlit import runtime
        import streamlit.runtime
        st.markdown(repr((runtime.exists(), streamlit.runtime.exists(), st.runtime.exists())))
        """
    )
    assert at.markdown[0].value == "(True, True, True)"


def test_scriptrunner_context_in_a_thread_and_page_hash() -> None:
    at = run(
        """
        import threading
        import streamlit as st
        from streamlit.runtime.scriptrunner import add_script_run_ctx, get_script_run_ctx

        ctx = get_script_run_ctx()
        seen = []
        worker = threading.Thread(target=lambda: seen.append(get_script_run_ctx() is ctx))
        add_script_run_ctx(worker, ctx)
        worker.start()
        worker.join(timeout=10)
        st.markdown(repr((seen, isinstance(ctx.session_id, str), isinstance(ctx.page_script_hash, str))))
        """
    )
    assert at.markdown[0].value == "([True], True, True)"


def test_rerun_exception_with_rerun_data_reruns_and_can_switch_page(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "2_Other.py").write_text("import streamlit as st\nst.markdown('other page')\n")
    main = tmp_path / "app.py"
    main.write_text(
        "import streamlit as st\n"
        "from streamlit.runtime.scriptrunner import RerunData, RerunException\n"
        "st.markdown('main page')\n"
        "if st.button('go'):\n"
        "    raise RerunException(RerunData(page_name='Other'))\n"
    )
    at = AppTest.from_file(str(main)).run()
    assert [m.value for m in at.markdown] == ["main page"]
    at.button[0].click().run()
    assert not at.exception
    assert [m.value for m in at.markdown] == ["other page"]

    caught = run(
        """
        import streamlit as st
        from streamlit.runtime.scriptrunner import RerunException
        try:
            st.rerun()
        except RerunException:
            st.markdown("caught")
        """
    )
    assert caught.markdown[0].value == "caught"


def test_config_get_option_gives_desks_value_or_streamlits_default() -> None:
    at = run(
        """
        import streamlit as st
        from streamlit import config
        import streamlit.config
        values = [
            config.get_option("server.maxUploadSize"),  # desk's setting
            st.get_option("client.toolbarMode"),  # Streamlit's default
            st._config.get_option("browser.gatherUsageStats"),  # desk's value: nothing is sent
            streamlit.config.get_option("theme.base"),
            config.get_options_for_section("runner")["magicEnabled"],
        ]
        st.markdown(repr(values))
        try:
            config.get_option("server.noSuchOption")
        except RuntimeError as error:
            st.markdown(str(error))
        """
    )
    assert at.markdown[0].value == "[200, 'auto', False, None, True]"
    assert at.markdown[1].value.startswith('Config key "server.noSuchOption" not defined.')


def test_set_option_then_config_get_option() -> None:
    at = run(
        """
        import streamlit as st
        from streamlit import config
        st.set_option("client.toolbarMode", "minimal")
        st.markdown(config.get_option("client.toolbarMode"))
        for key in ("browser.serverAddress", "no.such"):
            try:
                config.set_option(key, "x")
            except st.errors.StreamlitAPIException as error:
                st.markdown(str(error))
        """
    )
    assert at.markdown[0].value == "minimal"
    assert at.markdown[1].value.startswith("st.set_option: 'browser.serverAddress' cannot be changed while the app runs.")
    assert at.markdown[2].value == "st.set_option: 'no.such' is not an option desk knows."


def test_dataframe_util_converts_like_streamlit() -> None:
    at = run(
        """
        import pandas as pd
        import streamlit as st
        from streamlit import dataframe_util
        df = dataframe_util.convert_anything_to_pandas_df({"a": [1, 2]}, ensure_copy=True)
        st.markdown(repr((
            type(df).__name__, list(df["a"]), dataframe_util.is_dataframe_like(df),
            dataframe_util.is_dataframe_like([1]), dataframe_util.is_pandas_styler(df.style),
            dataframe_util.convert_anything_to_list(pd.Series([3, 4])),
        )))
        """
    )
    assert at.markdown[0].value == "('DataFrame', [1, 2], True, False, True, [3, 4])"


def test_delta_generator_isinstance_holds_for_every_container() -> None:
    at = run(
        """
        import streamlit as st
        from streamlit.delta_generator import DeltaGenerator
        boxes = [st.sidebar, st.container(), st.columns(2)[0], st.empty(), st.expander("e"), st.tabs(["t"])[0]]
        st.markdown(repr(all(isinstance(box, DeltaGenerator) for box in boxes)))
        """
    )
    assert at.markdown[0].value == "True"


def test_uploaded_file_type_is_what_file_uploader_returns() -> None:
    at = run(
        """
        import streamlit as st
        from streamlit.runtime.uploaded_file_manager import UploadedFile
        up = st.file_uploader("f")
        if up is not None:
            st.markdown(repr((isinstance(up, UploadedFile), up.name, up.read())))
        """
    )
    at.file_uploader[0].upload("notes.txt", b"hello").run()
    assert not at.exception
    assert at.markdown[0].value == "(True, 'notes.txt', b'hello')"


def test_errors_module_has_streamlits_exception_names() -> None:
    at = run(
        """
        import streamlit as st
        from streamlit.errors import StreamlitAPIException, StreamlitAPIWarning, StreamlitValueAboveMaxError
        try:
            st.number_input("n", 0, 10, 50)  # a slider default may lie outside
        except StreamlitAPIException as error:
            st.markdown(type(error).__name__)
        """
    )
    assert at.markdown[0].value in {"DeskAPIError", "StreamlitValueAboveMaxError"}


def test_version_and_dunder_version_are_streamlits_inside_the_runner() -> None:
    at = run(
        """
        import desk
        import streamlit as st
        from streamlit.version import STREAMLIT_VERSION_STRING
        st.markdown(repr((st.__version__, STREAMLIT_VERSION_STRING, desk.__version__)))
        """
    )
    assert at.markdown[0].value == repr(("1.67.0", "1.67.0", desk.__version__))
    assert desk.__version__ != "1.67.0"


def test_logger_get_logger() -> None:
    at = run(
        """
        import logging
        import streamlit as st
        from streamlit.logger import get_logger
        log = get_logger(__name__)
        log.info("hello")
        st.markdown(repr(isinstance(log, logging.Logger)))
        """
    )
    assert at.markdown[0].value == "True"


def test_element_type_names_for_hints() -> None:
    at = run(
        """
        from __future__ import annotations
        import datetime
        import streamlit as st
        from streamlit.elements.widgets.time_widgets import DateWidgetReturn
        from streamlit.elements.lib.column_types import ColumnConfig, Column
        from streamlit.elements.lib.layout_utils import Width
        from streamlit.elements.lib.utils import LabelVisibility
        from streamlit.elements.arrow import DataframeState
        from streamlit.elements.plotly_chart import PlotlyState
        from streamlit.elements.vega_charts import VegaLiteState

        def pick(label: str, visibility: LabelVisibility = "visible") -> DateWidgetReturn:
            return st.date_input(label, datetime.date(2024, 1, 2), label_visibility=visibility)

        config: dict[str, ColumnConfig] = {"a": Column("A")}
        event: DataframeState = st.dataframe({"a": [1]}, column_config=config, on_select="rerun")
        st.markdown(repr((pick("d"), event["selection"]["rows"])))
        """
    )
    assert at.markdown[0].value == "(datetime.date(2024, 1, 2), [])"


def test_declare_component_from_the_components_module(tmp_path: Path) -> None:
    build = tmp_path / "frontend"
    build.mkdir()
    (build / "index.html").write_text("<html><body>component</body></html>")
    script = tmp_path / "app.py"
    script.write_text(
        "import streamlit as st\n"
        "from streamlit.components.v1.components import CustomComponent, MarshallComponentException, declare_component\n"
        f"component = declare_component('probe', path={str(build)!r})\n"
        "value = component(greeting='hi', default=7, key='c')\n"
        "try:\n"
        "    component(bad=object(), key='d')\n"
        "except MarshallComponentException:\n"
        "    st.markdown('not serialisable')\n"
        "st.markdown(repr((isinstance(component, CustomComponent), value)))\n"
    )
    at = AppTest.from_file(str(script)).run()
    assert not at.exception
    assert [m.value for m in at.markdown] == ["not serialisable", "(True, 7)"]


def test_metrics_util_gather_metrics_returns_the_function() -> None:
    at = run(
        """
        import streamlit as st
        from streamlit.runtime.metrics_util import gather_metrics

        @gather_metrics("my_widget")
        def my_widget(x):
            return x * 2

        def other(x):
            return x + 1

        st.markdown(repr((my_widget(2), gather_metrics("other", other) is other, my_widget.__name__)))
        """
    )
    assert at.markdown[0].value == "(4, True, 'my_widget')"


def test_commands_page_config_names_and_commands() -> None:
    at = run(
        """
        import streamlit as st
        from streamlit.commands.page_config import Layout, REPORT_A_BUG_KEY, GET_HELP_KEY, ABOUT_KEY, set_page_config
        from streamlit.commands.execution_control import rerun, stop
        from streamlit.commands import page_config

        layout: Layout = "wide"
        set_page_config(layout=layout, menu_items={GET_HELP_KEY: None})
        st.markdown(repr((REPORT_A_BUG_KEY, ABOUT_KEY, page_config.set_page_config is st.set_page_config, stop is st.stop)))
        """
    )
    assert at.markdown[0].value == "('report a bug', 'about', True, True)"


def test_source_util_page_names() -> None:
    at = run(
        """
        from pathlib import Path
        import streamlit as st
        from streamlit.source_util import extract_leading_emoji, page_icon_and_name, page_sort_key
        pages = sorted([Path("pages/10_b.py"), Path("pages/2_🎈_Sales_report.py")], key=page_sort_key)
        st.markdown(repr(([page_icon_and_name(p) for p in pages], extract_leading_emoji("📈 Chart"))))
        st.markdown(repr([page_icon_and_name(Path(n)) for n in ("🎈🎉_page.py", "01_🎈-my-page.py")]))
        """
    )
    # As Streamlit 1.67 gives: one emoji is the icon, and the separator after it goes.
    assert at.markdown[0].value == repr(([("🎈", "Sales_report"), ("", "b")], ("📈", "Chart")))
    assert at.markdown[1].value == repr([("🎈", "🎉_page"), ("🎈", "my-page")])


def test_streamlit_typing_names_what_commands_return() -> None:
    at = run(
        """
        import streamlit as st
        from streamlit.typing import ChatInputValue, DataEditorState, DataframeState, PlotlyState, UploadedFile

        def rows(event: DataframeState) -> list[int]:
            return event["selection"]["rows"]

        edits: DataEditorState = {"edited_rows": {}, "added_rows": [], "deleted_rows": []}
        st.markdown(repr((rows(st.dataframe({"a": [1]}, on_select="rerun")), UploadedFile.__name__, sorted(edits))))
        """
    )
    assert at.markdown[0].value == "([], 'UploadedFile', ['added_rows', 'deleted_rows', 'edited_rows'])"


def test_image_to_url_gives_a_url_a_component_page_can_load() -> None:
    at = run(
        """
        import numpy as np
        import streamlit as st
        from streamlit.elements.lib.image_utils import image_to_url
        from streamlit.elements.lib.layout_utils import LayoutConfig
        import streamlit.elements.image as legacy

        pixels = np.zeros((2, 3, 3), dtype=np.uint8)
        url = image_to_url(pixels, LayoutConfig(width=3), False, "RGB", "PNG", "canvas-bg")
        old = legacy.image_to_url(pixels, 3, False, "RGB", "PNG", "canvas-bg")
        st.markdown(repr((url[:22], url == old, image_to_url("https://example.com/a.png", None, False, "RGB", "auto", "x"))))
        """
    )
    assert at.markdown[0].value == "('data:image/png;base64,', True, 'https://example.com/a.png')"


def test_runtime_state_names() -> None:
    at = run(
        """
        import streamlit as st
        from streamlit.runtime.state import SessionStateProxy, WidgetArgs, WidgetCallback, WidgetKwargs, get_session_state

        def bump(step: int) -> None:
            st.session_state.count = st.session_state.get("count", 0) + step

        callback: WidgetCallback = bump
        args: WidgetArgs = (2,)
        st.button("add", on_click=callback, args=args, kwargs=WidgetKwargs())
        state = get_session_state()
        st.markdown(repr((isinstance(state, SessionStateProxy), state.get("count"))))
        """
    )
    at.button[0].click().run()
    assert at.markdown[0].value == "(True, 2)"


def test_streamlit_secret_not_found_error_is_what_missing_secrets_raise(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(
        "import streamlit as st\n"
        "from streamlit.errors import StreamlitSecretNotFoundError\n"
        "try:\n"
        "    key = st.secrets['api_key']\n"
        "except StreamlitSecretNotFoundError:\n"
        "    key = 'none'\n"
        "try:\n"
        "    st.secrets['api_key']\n"
        "except FileNotFoundError:\n"
        "    st.markdown('also a FileNotFoundError')\n"
        "st.markdown(key)\n"
    )
    at = AppTest.from_file(str(script)).run()
    assert not at.exception
    assert [m.value for m in at.markdown] == ["also a FileNotFoundError", "none"]
