"""Every exception desk raises, in one hierarchy.

Errors teach: each message says what happened, why, and how to fix it, and names the
argument and its bad value. Streamlit's public exception names are provided as aliases
so that scripts doing ``from streamlit.errors import StreamlitAPIException`` keep working.

::

    DeskError
     +-- DeskAPIError                   (alias StreamlitAPIException)
     |    +-- DuplicateWidgetID         (alias StreamlitDuplicateElementId)
     |    +-- DuplicateWidgetKey        (alias StreamlitDuplicateElementKey)
     |    +-- ValueAssignmentNotAllowedError
     |    +-- WidgetValueModifiedError
     |    +-- SetPageConfigMustBeFirstError
     |    +-- FragmentError
     |    +-- UnhashableParamError
     |    +-- UnserializableReturnValueError
     |    +-- CacheReplayClosureError
     |    +-- MissingDependencyError
     +-- ScriptCompileError
    DeskAPIWarning (Warning)

    ScriptControl (BaseException): raised at yield points, never caught by ``except Exception``
     +-- StopRun        st.stop() or a stop request
     +-- RerunRequested st.rerun() or a fast rerun
"""

from __future__ import annotations


class DeskError(Exception):
    """Base of every error desk raises on purpose."""


class DeskAPIError(DeskError):
    """A ``st.*`` call received arguments it cannot use."""


class DuplicateWidgetID(DeskAPIError):
    """Two widgets in one run have the same identity."""


class DuplicateWidgetKey(DeskAPIError):
    """Two widgets or forms in one run were given the same ``key``."""


class ValueAssignmentNotAllowedError(DeskAPIError):
    """The script set a value through session_state that this widget type cannot take."""


class WidgetValueModifiedError(DeskAPIError):
    """The script set a widget's value through session_state after the widget was drawn."""


class SetPageConfigMustBeFirstError(DeskAPIError):
    """Kept for code that catches it: like Streamlit 1.67, desk no longer raises it
    (``set_page_config`` may come anywhere, more than once)."""


class FragmentError(DeskAPIError):
    """A fragment was used in a way the rerun model cannot support."""


class UnhashableParamError(DeskAPIError):
    """A cached function received an argument desk cannot hash."""


class UnserializableReturnValueError(DeskAPIError):
    """A ``cache_data`` function returned a value that cannot be copied by pickling."""


class CacheReplayClosureError(DeskAPIError):
    """A cached function wrote to a container created outside of it."""


class MissingDependencyError(DeskAPIError):
    """An optional package needed by this call is not installed."""


class ScriptCompileError(DeskError):
    """The script could not be read or compiled."""


class DeskAPIWarning(Warning):
    """A call that works but probably does not do what the author meant."""


class ScriptControl(BaseException):
    """Control flow raised at yield points. Derives from BaseException on purpose."""


class StopRun(ScriptControl):
    """Ends the current run early (``st.stop()`` or a stop request)."""


class RerunRequested(ScriptControl):
    """Ends the current run and starts a new one (``st.rerun()`` or a newer interaction)."""

    def __init__(
        self, scope: str = "app", fragment_id: str | None = None, *, explicit: bool = False, then: tuple[str, ...] = ()
    ) -> None:
        super().__init__(scope)
        self.scope = scope
        self.fragment_id = fragment_id
        self.explicit = explicit
        self.then = then
        """More fragments to rerun after ``fragment_id`` (``st.rerun([key, ...])`` from a callback)."""


# Streamlit's names, so existing scripts and tests keep working.
StreamlitAPIException = DeskAPIError
StreamlitAPIWarning = DeskAPIWarning
StreamlitDuplicateElementId = DuplicateWidgetID
StreamlitDuplicateElementKey = DuplicateWidgetKey
StreamlitValueAssignmentNotAllowedError = ValueAssignmentNotAllowedError
StreamlitValueAboveMaxError = DeskAPIError
StreamlitValueBelowMinError = DeskAPIError
StreamlitSetPageConfigMustBeFirstCommandError = SetPageConfigMustBeFirstError
StreamlitFragmentWidgetsNotAllowedOutsideError = FragmentError
UnserializableSessionStateError = DeskAPIError
NoSessionContext = DeskError
Error = DeskError
StreamlitAPIError = DeskAPIError
