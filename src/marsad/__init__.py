"""marsad (مرصد): Arabic conflict and extremism news to structured, sourced, searchable data.

``marsad.analyze(text, published="2019-03-18")`` returns a :class:`Document` whose layers carry
stand-off spans (code-point offsets into the untouched ``Document.text``).
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .errors import MarsadError
from .model import SCHEMA_VERSION, Document, Span

try:
    __version__ = version("marsad")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0+unknown"

__all__ = ["Document", "Span", "MarsadError", "SCHEMA_VERSION", "analyze", "analyze_many", "__version__"]


def __getattr__(name: str):  # lazy: importing marsad stays cheap
    if name in {"analyze", "analyze_many"}:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'marsad' has no attribute {name!r}")
