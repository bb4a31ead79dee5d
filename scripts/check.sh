#!/usr/bin/env bash
# Installs what the tests need and runs every check: lint, types, generated files, frontend, tests.
# This is the README's test command; .ci/run calls it after installing system packages.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "install desk with its dev tools"
python -m pip install --quiet --disable-pip-version-check -e ".[dev]"

step "ruff"
python -m ruff check desk tests bench examples

step "layers: no upward import, no new import cycle (docs/architecture.md)"
python scripts/check_layers.py

step "mypy --strict (desk/)"
python -m mypy

if python -c "import desk.protocol as p; raise SystemExit(0 if hasattr(p, 'main') else 1)" 2>/dev/null; then
  step "generated TypeScript protocol is current"
  python -m desk.protocol --typescript --check
fi

step "generated node props and schemas are current"
python -m desk.elements.typescript --check

if [ -f frontend/package.json ]; then
  step "frontend: install, typecheck, unit tests, bundle hash"
  (cd frontend && npm ci --no-audit --no-fund --loglevel=error && npm run check)
fi

step "pytest"
python -m pytest -q tests
