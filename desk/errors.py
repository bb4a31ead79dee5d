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
     |    +-- UnknownOptionError        (also a RuntimeError, as Streamlit raises for an unknown key)
     |    +-- SecretNotFoundError       (also a FileNotFoundError; alias StreamlitSecretNotFoundError)
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


class UnknownOptionError(DeskAPIError, RuntimeError):
    """``st.get_option`` was asked for a key that is neither a Streamlit nor a desk option."""


class SecretNotFoundError(DeskAPIError, FileNotFoundError):
    """``st.secrets`` was read, but no secrets file exists."""


class FragmentStorageKeyError(DeskError, KeyError):
    """A fragment's stored state has no entry for a key (Streamlit's name, kept for ``except`` clauses)."""


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
        self, scope: object = "app", fragment_id: str | None = None, *, explicit: bool = False, then: tuple[str, ...] = ()
    ) -> None:
        # Streamlit's spelling, ``RerunException(RerunData(page_script_hash=...))``, passes an
        # object naming the page to show next: the runner asks for that page.
        self.rerun_data: object | None = None
        self.page: str | None = None
        if not isinstance(scope, str):
            self.rerun_data = scope
            self.page = getattr(scope, "page_script_hash", "") or getattr(scope, "page_name", "") or None
            scope, explicit = "app", True
        super().__init__(scope)
        self.scope = scope
        self.fragment_id = fragment_id
        self.explicit = explicit
        self.then = then
        """More fragments to rerun after ``fragment_id`` (``st.rerun([key, ...])`` from a callback)."""


# Streamlit's names, so that ``from streamlit.errors import X`` and ``except X`` keep working.
# Streamlit raises many specific subclasses of StreamlitAPIException where desk raises a
# DeskAPIError with a message that teaches; each such name catches desk's error.
StreamlitAPIException = DeskAPIError
StreamlitAPIWarning = DeskAPIWarning
StreamlitDuplicateElementId = DuplicateWidgetID
StreamlitDuplicateElementKey = DuplicateWidgetKey
StreamlitValueAssignmentNotAllowedError = ValueAssignmentNotAllowedError
StreamlitSetPageConfigMustBeFirstCommandError = SetPageConfigMustBeFirstError
StreamlitFragmentWidgetsNotAllowedOutsideError = FragmentError
StreamlitSecretNotFoundError = SecretNotFoundError
Error = DeskError
MarkdownFormattedException = DeskError
NoSessionContext = DeskError
FragmentHandledException = DeskError
StreamlitComponentRegistryError = DeskError
StreamlitMaxRetriesError = DeskError
StreamlitAPIError = DeskAPIError
LocalizableStreamlitException = DeskAPIError
UnserializableSessionStateError = DeskAPIError
StreamlitAuthError = DeskAPIError
StreamlitMissingAuthlibError = DeskAPIError
StreamlitDataframeConversionError = DeskAPIError
StreamlitInvalidLayoutContextError = DeskAPIError
StreamlitBadTimeStringError = DeskAPIError
StreamlitDefaultNotInOptionsError = DeskAPIError
StreamlitIncompatibleParametersError = DeskAPIError
StreamlitInvalidColorError = DeskAPIError
StreamlitInvalidColumnSpecError = DeskAPIError
StreamlitInvalidFormCallbackError = DeskAPIError
StreamlitInvalidHeightError = DeskAPIError
StreamlitInvalidMinMaxError = DeskAPIError
StreamlitInvalidNumberFormatError = DeskAPIError
StreamlitInvalidParameterTypeError = DeskAPIError
StreamlitInvalidThemeError = DeskAPIError
StreamlitInvalidThemeOptionError = DeskAPIError
StreamlitInvalidThemeSectionError = DeskAPIError
StreamlitInvalidURLError = DeskAPIError
StreamlitInvalidWidthError = DeskAPIError
StreamlitJSNumberBoundsError = DeskAPIError
StreamlitMissingRequiredParameterError = DeskAPIError
StreamlitMixedNumericTypesError = DeskAPIError
StreamlitPageNotFoundError = DeskAPIError
StreamlitQueryParamDictValueError = DeskAPIError
StreamlitSelectionCountExceedsMaxError = DeskAPIError
StreamlitValueAboveMaxError = DeskAPIError
StreamlitValueBelowMinError = DeskAPIError
StreamlitValueError = DeskAPIError
StreamlitValueOutOfRangeError = DeskAPIError
StreamlitWidgetAlreadyInstantiatedError = DeskAPIError
BidiComponentError = DeskAPIError
BidiComponentInvalidCallbackNameError = DeskAPIError
BidiComponentInvalidDefaultKeyError = DeskAPIError
BidiComponentInvalidIdError = DeskAPIError
BidiComponentUnserializableDataError = DeskAPIError
