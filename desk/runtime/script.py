"""Loading and compiling scripts: compile once per file version, with magic applied.

A ``ScriptSource`` is a file path or an in-memory text (``AppTest.from_string``). Compiled
code is cached by path, size and modification time, so an edited script is compiled
again on its next run and an unchanged one never is.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import linecache
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from types import CodeType

MAGIC_NAME = "__desk_magic__"


@dataclass(frozen=True)
class ScriptSource:
    """Where a script's text comes from."""

    path: Path
    text: str | None = None

    @property
    def folder(self) -> Path:
        return self.path.parent

    def read(self) -> str:
        if self.text is not None:
            return self.text
        with open(self.path, encoding="utf-8") as handle:
            return handle.read()

    @functools.cached_property
    def _text_digest(self) -> int:
        assert self.text is not None
        return int.from_bytes(hashlib.blake2b(self.text.encode("utf-8"), digest_size=8).digest(), "big")

    def version(self) -> tuple[int, int]:
        """(mtime, size) of the file, or a digest of the in-memory text."""
        if self.text is not None:
            return (0, self._text_digest)
        stat = os.stat(self.path)
        return (stat.st_mtime_ns, stat.st_size)


class _MagicTransformer(ast.NodeTransformer):
    """Wraps bare expression statements in ``__desk_magic__(...)`` so they are written."""

    def _wrap_body(self, body: list[ast.stmt], *, skip_docstring: bool) -> list[ast.stmt]:
        result: list[ast.stmt] = []
        for index, stmt in enumerate(body):
            if isinstance(stmt, ast.Expr) and self._is_magic(stmt.value, docstring=skip_docstring and index == 0):
                # A bare tuple (`"x is", x`) is written as st.write's arguments, as in Streamlit.
                args = list(stmt.value.elts) if isinstance(stmt.value, ast.Tuple) else [stmt.value]
                call = ast.Call(func=ast.Name(id=MAGIC_NAME, ctx=ast.Load()), args=args, keywords=[])
                stmt = ast.Expr(value=call)
                ast.copy_location(stmt, body[index])
                ast.copy_location(call, body[index])
            else:
                stmt = self.visit(stmt)
            result.append(stmt)
        return result

    @staticmethod
    def _is_magic(value: ast.expr, *, docstring: bool) -> bool:
        if docstring and isinstance(value, ast.Constant) and isinstance(value.value, str):
            return False
        if isinstance(value, (ast.Call, ast.Yield, ast.YieldFrom, ast.Await)):
            return False
        if isinstance(value, ast.Constant) and value.value is Ellipsis:
            return False
        return True

    def visit_Module(self, node: ast.Module) -> ast.Module:
        node.body = self._wrap_body(node.body, skip_docstring=True)
        return node

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.FunctionDef:
        node.body = self._wrap_body(node.body, skip_docstring=True)
        return node

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> ast.AsyncFunctionDef:
        node.body = self._wrap_body(node.body, skip_docstring=True)
        return node

    def visit_ClassDef(self, node: ast.ClassDef) -> ast.ClassDef:
        # Expressions in a class body are not written, but its methods' bodies are.
        node.body = [self.visit(stmt) for stmt in node.body]
        return node

    def generic_visit(self, node: ast.AST) -> ast.AST:
        for name in ("body", "orelse", "finalbody"):
            block = getattr(node, name, None)
            if isinstance(block, list) and block and isinstance(block[0], ast.stmt):
                setattr(node, name, self._wrap_body(block, skip_docstring=False))
        if isinstance(node, ast.Try) or node.__class__.__name__ == "TryStar":
            for handler in getattr(node, "handlers", []):
                handler.body = self._wrap_body(handler.body, skip_docstring=False)
        if isinstance(node, ast.Match):
            for case in node.cases:
                case.body = self._wrap_body(case.body, skip_docstring=False)
        return node


class ScriptCache:
    """Compiled code by (path, version, magic). Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[tuple[str, tuple[int, int], bool], CodeType] = {}

    def compile(self, source: ScriptSource, *, magic: bool = True) -> CodeType:
        """Compile ``source``; raises SyntaxError (or OSError) when it cannot."""
        version = source.version()
        key = (str(source.path), version, magic)
        with self._lock:
            code = self._entries.get(key)
        if code is not None:
            return code
        text = source.read()
        filename = str(source.path)
        if source.text is not None:
            linecache.cache[filename] = (len(text), None, text.splitlines(keepends=True), filename)
        tree = ast.parse(text, filename=filename, mode="exec")
        if magic:
            tree = _MagicTransformer().visit(tree)
            ast.fix_missing_locations(tree)
        code = compile(tree, filename, "exec", dont_inherit=True)
        with self._lock:
            stale = [k for k in self._entries if k[0] == key[0]]
            for k in stale:
                del self._entries[k]
            self._entries[key] = code
        return code


script_cache = ScriptCache()
