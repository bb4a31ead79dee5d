"""The desktop shell: the native window (pywebview), its JavaScript bridge and local pages.

Nothing here imports pywebview or Qt at import time; :mod:`desk.shell.window` does so when
a window is actually opened.
"""
