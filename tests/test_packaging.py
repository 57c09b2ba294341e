"""Every data file under src/marsad is shipped by the package-data globs of pyproject.toml
(a non-editable install, as the README's Quick start does, has only those)."""

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_data_file_is_in_package_data():
    globs = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "tool"]["setuptools"]["package-data"]["marsad"]
    package = ROOT / "src" / "marsad"
    data_files = [p.relative_to(package).as_posix() for p in package.rglob("*")
                  if p.is_file() and "data" in p.relative_to(package).parts and "__pycache__" not in p.parts]
    assert data_files
    missing = [f for f in data_files if not any(fnmatch.fnmatch(f, g) for g in globs)]
    assert not missing, f"not shipped by pyproject.toml package-data: {missing}"
