#!/usr/bin/env bash
# The README's first command: install marsad into .venv and analyze the bundled example articles
# into examples.db, printing a summary; then show one stored article and a search.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .
.venv/bin/marsad analyze --examples --db examples.db --out examples.jsonl
.venv/bin/marsad search "الدولة الاسلامية" --db examples.db
