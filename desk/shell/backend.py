"""Which pywebview backend desk uses on this system, and why it cannot start when it cannot.

Linux uses Qt (PyQt6 + QtWebEngine), Windows the Edge WebView2 control, macOS WKWebView.
:func:`backend_problem` checks the cheap, common failures before pywebview is asked to start
(a missing Python package, a missing system library, no display), because those would
otherwise end in a traceback or a hard abort inside Qt. The message it returns names what is
missing and how to install it, and offers ``--browser``.
"""

from __future__ import annotations

import importlib
import os
import re
import sys
from pathlib import Path

# Shared library (as the loader names it) -> the Debian/Ubuntu package that provides it.
DEBIAN_PACKAGES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbfile.so.1": "libxkbfile1",
    "libXcomposite.so.1": "libxcomposite1",
    "libXdamage.so.1": "libxdamage1",
    "libXrandr.so.2": "libxrandr2",
    "libXtst.so.6": "libxtst6",
    "libXfixes.so.3": "libxfixes3",
    "libXext.so.6": "libxext6",
    "libxshmfence.so.1": "libxshmfence1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libgbm.so.1": "libgbm1",
    "libdrm.so.2": "libdrm2",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libnss3.so": "libnss3",
    "libnssutil3.so": "libnss3",
    "libsmime3.so": "libnss3",
    "libnspr4.so": "libnspr4",
    "libasound.so.2": "libasound2",
}
# Everything a desk window needs on a minimal Debian/Ubuntu system.
QT_DEBIAN_PACKAGES = (
    "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxkbcommon-x11-0 "
    "libegl1 libgl1 libnss3 libxcomposite1 libxdamage1 libxrandr2 libxtst6 libasound2"
)
WEBVIEW2_URL = "https://developer.microsoft.com/microsoft-edge/webview2/"
_WEBVIEW2_CLIENT = r"Microsoft\EdgeUpdate\Clients\{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}"
_MISSING_LIB = re.compile(r"([\w.+-]+\.so(?:\.[\d.]+)?): cannot open shared object file")
_OFFSCREEN_PLATFORMS = ("offscreen", "minimal", "vnc", "linuxfb", "eglfs")


def gui_name(platform: str = sys.platform) -> str:
    """The pywebview ``gui`` desk passes explicitly on ``platform``."""
    if platform == "win32":
        return "edgechromium"
    if platform == "darwin":
        return "cocoa"
    return "qt"


def browser_hint(script: str) -> str:
    return f"Or open the app in your web browser instead:  desk run {script} --browser"


def backend_problem(script: str = "app.py") -> str | None:
    """Why no window can open here (a message for the user), or None when it should work."""
    if sys.platform == "win32":
        problem = _windows_problem()
    elif sys.platform == "darwin":
        problem = _module_problem(("webview", "objc", "WebKit"), "pip install 'pywebview[cocoa]'")
    else:
        problem = _linux_problem()
    if problem is None:
        return None
    return f"desk cannot open a window: {problem}\n{browser_hint(script)}"


def _module_problem(modules: tuple[str, ...], install: str) -> str | None:
    for name in modules:
        try:
            importlib.import_module(name)
        except ImportError as error:
            library = _missing_library(str(error))
            if library is not None:
                return _library_message(library, f"the Python module {name}")
            return (
                f"the Python package that provides {name} is not installed ({error}).\nInstall it:  {install}"
            )
    return None


def _missing_library(text: str) -> str | None:
    match = _MISSING_LIB.search(text)
    return match.group(1) if match else None


def _library_message(library: str, needed_by: str) -> str:
    package = DEBIAN_PACKAGES.get(library)
    lines = [f"{needed_by} needs the system library {library}, which is not installed."]
    if package:
        lines.append(f"Install it (Debian/Ubuntu):  sudo apt-get install {package}")
    lines.append(
        f"All libraries a desk window needs (Debian/Ubuntu):  sudo apt-get install {QT_DEBIAN_PACKAGES}"
    )
    return "\n".join(lines)


def _linux_problem() -> str | None:
    problem = _module_problem(
        ("qtpy", "PyQt6.QtCore", "PyQt6.QtWidgets", "PyQt6.QtWebEngineWidgets", "PyQt6.QtWebChannel"),
        "pip install 'pywebview[qt]'",
    )
    if problem is not None:
        return problem
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if platform.startswith(_OFFSCREEN_PLATFORMS):
        return None
    wayland = bool(os.environ.get("WAYLAND_DISPLAY"))
    x11 = bool(os.environ.get("DISPLAY"))
    if platform.startswith("wayland") or (not platform and wayland and not x11):
        return None if wayland else "QT_QPA_PLATFORM asks for Wayland but WAYLAND_DISPLAY is not set."
    if not x11:
        return "there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). Run desk inside a desktop session."
    return _xcb_plugin_problem() or _x_display_problem(os.environ["DISPLAY"])


def _xcb_plugin_problem() -> str | None:
    """Load Qt's xcb platform plugin to find a missing system library before Qt aborts on it."""
    import ctypes

    import PyQt6

    plugin = Path(PyQt6.__file__).parent / "Qt6" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        library = _missing_library(str(error))
        if library is not None:
            return _library_message(library, "Qt's xcb platform plugin")
        return f"Qt's xcb platform plugin cannot be loaded: {error}"
    return None


def _x_display_problem(display: str) -> str | None:
    """Connect to the X server named by ``display``; a message when that fails."""
    import ctypes

    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return _library_message("libxcb.so.1", "Qt's xcb platform plugin")
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        failed = not connection or xcb.xcb_connection_has_error(connection) != 0
    finally:
        if connection:
            xcb.xcb_disconnect(connection)
    if failed:
        return f"cannot connect to the X display {display!r}. Check that the display is running and that you may use it."
    return None


def _windows_problem() -> str | None:
    problem = _module_problem(("webview", "clr"), "pip install pywebview pythonnet")
    if problem is not None:
        return problem
    if not _webview2_installed():
        return (
            "the Microsoft Edge WebView2 runtime is not installed.\n"
            f"Install the Evergreen WebView2 runtime from {WEBVIEW2_URL}"
        )
    return None


def _webview2_installed() -> bool:
    if sys.platform != "win32":
        return False
    import winreg

    places = [
        (winreg.HKEY_LOCAL_MACHINE, "SOFTWARE\\WOW6432Node\\" + _WEBVIEW2_CLIENT),
        (winreg.HKEY_LOCAL_MACHINE, "SOFTWARE\\" + _WEBVIEW2_CLIENT),
        (winreg.HKEY_CURRENT_USER, "Software\\" + _WEBVIEW2_CLIENT),
    ]
    for root, key in places:
        try:
            with winreg.OpenKey(root, key) as handle:
                version, _kind = winreg.QueryValueEx(handle, "pv")
        except OSError:
            continue
        if version and version != "0.0.0.0":
            return True
    return False
