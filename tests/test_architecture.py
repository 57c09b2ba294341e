"""Which way the imports run (CONVENTIONS.md): text → model → stages → store → shells.

Checked statically over every module of the package, and by importing each module alone in a
fresh interpreter (no hidden dependency on import order, no import-time side effects that fail).
"""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "marsad"
SHELLS = {"cli", "__main__", "web", "batch"}
STAGE_PACKAGES = {"pipeline", "entities", "time", "quotes", "events", "rhetoric", "corpus"}

#: top-level part of marsad → the parts it may import (besides itself and the error hierarchy)
ALLOWED: dict[str, set[str]] = {
    "errors": set(),
    "text": set(),
    "model": {"text"},
    "ingest": {"model", "text"},
    "store": {"model", "text"},
    "export": {"model"},
    "api": {"model", "text"} | STAGE_PACKAGES,
    "__init__": {"model", "api"},
}
for _stage in STAGE_PACKAGES:
    ALLOWED[_stage] = {"model", "text"} | STAGE_PACKAGES


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        yield path, parts


def _part(parts):
    return parts[0] if parts else "__init__"


def _imported_parts(path, parts):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ["marsad", *parts[:-1]] if parts[-1] != "__init__" else ["marsad", *parts[:-1]]
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                target = base + (node.module.split(".") if node.module else [])
            elif node.module and node.module.split(".")[0] == "marsad":
                target = node.module.split(".")
            else:
                continue
            if len(target) == 1 and node.module is None:  # "from . import api"
                yield from (n.name for n in node.names)
            elif len(target) > 1:
                yield target[1]
            else:
                yield from (n.name for n in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                names = alias.name.split(".")
                if names[0] == "marsad" and len(names) > 1:
                    yield names[1]


def test_imports_follow_the_layering():
    violations = []
    for path, parts in _modules():
        part = _part(parts)
        if part in SHELLS or part == "__init__" and len(parts) > 1:
            continue
        allowed = ALLOWED.get(part)
        assert allowed is not None, f"{path}: add the new top-level part {part!r} to ALLOWED"
        for target in _imported_parts(path, parts):
            target = target.removesuffix(".py")
            if target in {part, "errors", "__version__"} or target in allowed:
                continue
            violations.append(f"{path.relative_to(PACKAGE)} imports marsad.{target}")
    assert not violations, "\n".join(violations)


def test_nothing_in_the_library_imports_a_shell():
    for path, parts in _modules():
        if _part(parts) in SHELLS:
            continue
        assert not set(_imported_parts(path, parts)) & SHELLS, path


@pytest.mark.parametrize("module", sorted(
    ".".join(["marsad", *parts]).removesuffix(".__init__") for _, parts in _modules()
    if parts[-1] != "__main__"))
def test_each_module_imports_alone(module):
    result = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
