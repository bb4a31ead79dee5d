"""The single-file launcher: a small native program (``launcher.c``) plus a payload.

``desk build`` compiles ``launcher.c`` with the system C compiler when one is available
(static zlib), and otherwise falls back to ``pylauncher.py`` frozen by PyInstaller, which
implements the same unpack-once logic in the standard library only.
"""
