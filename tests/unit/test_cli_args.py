"""Command-line options whose values may start with '-': ``desk run`` and built apps alike."""

from __future__ import annotations

import pytest

from desk.packager.frozen import build_parser
from desk.shell.launch import glue_option_values


@pytest.mark.parametrize(
    ("given", "glued"),
    [
        (["run", "a.py", "--token", "-x1"], ["run", "a.py", "--token=-x1"]),
        (["--host", "127.0.0.1", "--token", "abc"], ["--host=127.0.0.1", "--token=abc"]),
        (["run", "a.py", "--", "--token", "-x"], ["run", "a.py", "--", "--token", "-x"]),  # the script's own
        (["run", "a.py", "--token"], ["run", "a.py", "--token"]),  # argparse reports the missing value
        (["run", "a.py", "--token=-y"], ["run", "a.py", "--token=-y"]),
    ],
)
def test_values_are_glued_to_their_option(given: list[str], glued: list[str]) -> None:
    assert glue_option_values(given) == glued


def test_a_built_app_takes_a_token_that_starts_with_a_dash() -> None:
    args = build_parser("app").parse_args(glue_option_values(["--headless", "--port", "8600", "--token", "-Zq9"]))
    assert (args.headless, args.port, args.token) == (True, 8600, "-Zq9")
