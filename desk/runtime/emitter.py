"""Delta paths, containers, and the page as the client currently holds it.

Each ``st.*`` call builds a ``Node`` and hands it to ``emit`` or ``emit_block``. The
emitter picks the node's delta path from the target container's running cursor (or the
container's locked slot, for placeholders and element handles), streams a ``Delta`` at
once, or a ``Same`` when the client already holds an identical node at that path.

``ClientView`` mirrors what the client holds: nodes by path, each tagged with the run that
last touched it. When a run finishes, untouched (stale) nodes are pruned on both sides.
``desk.testing.AppTest`` reads its element tree from the same view.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from desk.protocol import (
    ROOT_BOTTOM,
    ROOT_EVENT,
    ROOT_MAIN,
    ROOT_SIDEBAR,
    Delta,
    DeltaPath,
    Node,
    Same,
    ServerMessage,
)
from desk.runtime.context import get_run


@dataclass
class ClientView:
    """The nodes the client holds, by delta path, with the run that last touched each."""

    nodes: dict[DeltaPath, Node] = field(default_factory=dict)
    touched_by: dict[DeltaPath, str] = field(default_factory=dict)

    def place(self, path: DeltaPath, node: Node, run_id: str) -> bool:
        """Record ``node`` at ``path``. Returns True when the client already has it."""
        old = self.nodes.get(path)
        same = old is not None and old == node
        if not same:
            keep_children = old is not None and old.block and node.block and old.type == node.type
            if not keep_children:
                self._drop_descendants(path)
            self.nodes[path] = node
        self.touched_by[path] = run_id
        return same

    def _drop_descendants(self, path: DeltaPath) -> None:
        depth = len(path)
        doomed = [p for p in self.nodes if len(p) > depth and p[:depth] == path]
        for p in doomed:
            del self.nodes[p]
            self.touched_by.pop(p, None)

    def dataset_ids(self) -> set[str]:
        """The ids of the datasets (``desk.runtime.datasets``) that the client's nodes reference."""
        found = set()
        for node in list(self.nodes.values()):
            dataset_id = node.props.get("dataset")
            if isinstance(dataset_id, str):
                found.add(dataset_id)
        return found

    def prune(self, run_id: str, scopes: list[DeltaPath] | None = None) -> None:
        """Remove nodes not touched by ``run_id``; only under ``scopes`` when given."""
        for path in list(self.nodes):
            if self.touched_by.get(path) == run_id:
                continue
            if scopes is not None and not any(path[: len(s)] == s and len(path) > len(s) for s in scopes):
                continue
            del self.nodes[path]
            self.touched_by.pop(path, None)

    def children(self, path: DeltaPath) -> list[tuple[DeltaPath, Node]]:
        """Direct children of ``path``, in order."""
        depth = len(path) + 1
        found = [(p, n) for p, n in self.nodes.items() if len(p) == depth and p[:-1] == path]
        found.sort(key=lambda item: item[0])
        return found

    def clear(self) -> None:
        self.nodes.clear()
        self.touched_by.clear()


RecordedOp = tuple["Container", Node, "Container"]


class Emitter:
    """Places nodes for one run and streams them to the session's sink."""

    def __init__(self, run_id: str, view: ClientView, sink: Callable[[ServerMessage], None]) -> None:
        self.run_id = run_id
        self.view = view
        self.sink = sink
        self.cursors: dict[DeltaPath, int] = {}
        self.recorders: list[list[RecordedOp]] = []
        self.main = Container((ROOT_MAIN,))
        self.sidebar = Container((ROOT_SIDEBAR,))
        self.event = Container((ROOT_EVENT,))
        self.bottom = Container((ROOT_BOTTOM,))
        self.element_count = 0

    def next_path(self, container: Container) -> DeltaPath:
        if container.slot is not None:
            return container.slot
        index = self.cursors.get(container.path, 0)
        self.cursors[container.path] = index + 1
        return (*container.path, index)

    def place(self, container: Container, node: Node) -> Container:
        """Put ``node`` into ``container`` and return the handle of what was placed."""
        path = self.next_path(container)
        same = self.view.place(path, node, self.run_id)
        self.element_count += 1
        if same:
            self.sink(Same(self.run_id, list(path)))
        else:
            self.sink(Delta(self.run_id, list(path), node))
        if node.block:
            self.cursors[path] = 0
            result = Container(path, kind=node.type)
        else:
            result = Container(path[:-1], slot=path, kind=node.type)
        for recorder in self.recorders:
            recorder.append((container, node, result))
        return result


    def place_transient(self, container: Container, node: Node) -> Container:
        """Show ``node`` (a spinner) at the next place of ``container`` until ``withdraw``.

        Unlike ``place``, the node is not recorded for a cache's replay: it is not part of
        what the cached function drew.
        """
        recorders, self.recorders = self.recorders, []
        try:
            return self.place(container, node)
        finally:
            self.recorders = recorders

    def withdraw(self, handle: Container, blank: Node) -> None:
        """Take back a transient node: the client blanks it at once, and it leaves no element behind.

        The blank is marked as touched by no run (``<run>:withdrawn``), so the end of this
        run removes it unless another node takes its place. When it was the last node placed
        in its container, its index is given back, so the next element takes the index it
        would have had without the spinner (Streamlit's transient elements take none).
        """
        path = handle.slot
        if path is None:
            return
        withdrawn = f"{self.run_id}:withdrawn"
        self.view.place(path, blank, withdrawn)
        self.sink(Delta(withdrawn, list(path), blank))
        parent = path[:-1]
        if self.cursors.get(parent) == path[-1] + 1:
            self.cursors[parent] = path[-1]


class Container:
    """A place on the page that elements can be written to.

    Either a block with a running cursor (``path``), or a single locked slot (``slot``) that
    each call replaces: ``st.empty()`` and the handle every element call returns.
    ``c.write(...)`` and ``with c: st.write(...)`` are the same thing.
    """

    def __init__(self, path: DeltaPath, slot: DeltaPath | None = None, kind: str = "Container") -> None:
        self.path = path
        self.slot = slot
        self.kind = kind
        self.form_id: str | None = None
        self.fragment_id: str | None = None
        self.open: bool | None = None
        """Stateful expanders, popovers and tabs: whether this one is open; None for any other container."""

    def __repr__(self) -> str:
        where = self.slot if self.slot is not None else self.path
        return f"<desk {self.kind} at {list(where)}>"

    def __enter__(self) -> Container:
        ctx = get_run()
        if ctx is not None:
            ctx.container_stack.append(self)
        return self

    def __exit__(self, *exc: object) -> None:
        ctx = get_run()
        if ctx is not None:
            for index in range(len(ctx.container_stack) - 1, -1, -1):
                if ctx.container_stack[index] is self:
                    del ctx.container_stack[index]
                    break

    @property
    def dg(self) -> Container:
        """The container itself (Streamlit's ``DeltaGenerator.dg``, which component code reaches for)."""
        return self

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name == "_form_submit_button":
            # Streamlit's private twin of form_submit_button, which some real apps call on a form.
            name = "form_submit_button"
        if name.startswith("_"):
            raise AttributeError(name)
        import desk

        try:
            func = getattr(desk, name)
        except AttributeError:
            raise AttributeError(f"'{self.kind}' container has no method '{name}'.") from None
        if not callable(func) or isinstance(func, type):
            raise AttributeError(f"'{self.kind}' container has no method '{name}'.")
        if name == "sidebar":
            raise AttributeError("Use st.sidebar directly: containers have no 'sidebar'.")
        # A function may act differently when called on a container (st.sidebar.toast draws in the sidebar).
        func = getattr(func, "on_container", func)

        def on_this_container(*args: Any, **kwargs: Any) -> Any:
            ctx = get_run()
            if ctx is None:
                return func(*args, **kwargs)
            with ctx.using(self):
                return func(*args, **kwargs)

        on_this_container.__name__ = name
        return on_this_container

    def __iter__(self) -> Iterator[Any]:
        raise TypeError(f"'{self.kind}' container is not iterable.")


class Sidebar(Container):
    """``st.sidebar``: the sidebar root, usable in any run."""

    def __init__(self) -> None:
        super().__init__((ROOT_SIDEBAR,), kind="Sidebar")


def emit(node: Node, root: int | None = None) -> Container:
    """Emit an element into the current target (or a root) and return its handle."""
    ctx = get_run()
    if ctx is None:
        return Container((ROOT_MAIN,), slot=(ROOT_MAIN, 0), kind=node.type)
    ctx.check_yield()
    target = ctx.target() if root is None else root_container(ctx.emitter, root)
    if ctx.fragment_id is not None and root is None:
        _check_fragment_target(ctx.session.fragments.get(ctx.fragment_id), target, node)
    result = ctx.emitter.place(target, node)
    _inherit(target, result)
    return result


def _check_fragment_target(record: Any, target: Container, node: Node) -> None:
    """Inside a fragment, widgets stay in the fragment and nothing goes straight to the sidebar.

    A fragment rerun only redraws the fragment's own block, so a widget drawn elsewhere could
    not be redrawn by it, and the sidebar's cursor would restart at its first element.
    """
    if record is None:
        return
    where = target.slot if target.slot is not None else target.path
    inside = where[: len(record.slot)] == tuple(record.slot)
    if inside:
        return
    from desk.errors import FragmentError

    if where == (ROOT_SIDEBAR,):
        raise FragmentError(
            "st.sidebar cannot be used inside a fragment. Call the fragment inside `with st.sidebar:` "
            "to draw it in the sidebar."
        )
    if node.id is not None:
        raise FragmentError(
            f"A fragment cannot draw widgets outside its own body ({node.type} here). "
            "Create the widget inside the fragment, or move it out of the fragment function."
        )


def emit_block(node: Node, root: int | None = None) -> Container:
    """Emit a block (container) and return it, ready to receive children."""
    node.block = True
    return emit(node, root)


def _inherit(parent: Container, child: Container) -> None:
    child.form_id = parent.form_id if child.form_id is None else child.form_id
    child.fragment_id = parent.fragment_id if child.fragment_id is None else child.fragment_id


def root_container(emitter: Emitter, root: int) -> Container:
    return {ROOT_MAIN: emitter.main, ROOT_SIDEBAR: emitter.sidebar, ROOT_EVENT: emitter.event, ROOT_BOTTOM: emitter.bottom}[
        root
    ]


def current_form_id() -> str | None:
    """The id of the form that the current target sits in, if any."""
    ctx = get_run()
    if ctx is None:
        return None
    return ctx.target().form_id


def is_on_main_root() -> bool:
    """True when the next element goes straight into the main root (not a nested block)."""
    ctx = get_run()
    if ctx is None:
        return True
    target = ctx.target()
    return target.slot is None and target.path == (ROOT_MAIN,)
