"""The rerun engine: sessions, the script runner, state and the element emitter."""
