"""One error hierarchy for marsad.

Every error a user can see derives from :class:`MarsadError` and carries a stable
``code`` (``E1xx`` input, ``E2xx`` pipeline, ``E3xx`` store, ``E4xx`` usage) so that
batch error rows, the CLI and the web API report the same thing the same way.
"""

from __future__ import annotations


class MarsadError(Exception):
    """Base class of every marsad error.  ``code`` is stable; the message is for people."""

    code = "E000"

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None) -> None:
        self.message = message
        self.source = source
        self.line = line
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = ""
        if self.source is not None:
            where = self.source if self.line is None else f"{self.source}:{self.line}"
            where += ": "
        return f"{where}{self.message}"

    def __reduce__(self):  # pickles across worker processes with source and line kept
        return (_rebuild, (type(self), self.message, self.source, self.line))

    def to_dict(self) -> dict:
        """The error as a JSON-ready row: code, kind, message, source, line."""
        return {
            "code": self.code,
            "kind": type(self).__name__,
            "message": self.message,
            "source": self.source,
            "line": self.line,
        }


def _rebuild(cls: type[MarsadError], message: str, source: str | None, line: int | None) -> MarsadError:
    return cls(message, source=source, line=line)


# -- input (E1xx) -------------------------------------------------------------------
class InputError(MarsadError):
    """An input file or record could not be read as an article."""

    code = "E100"


class EmptyInputError(InputError):
    code = "E101"


class BinaryInputError(InputError):
    code = "E102"


class EncodingError(InputError):
    """Bytes that are not text in any supported encoding, or truncated UTF-8."""

    code = "E103"


class MalformedRecordError(InputError):
    """A JSON / JSONL record that does not parse or lacks a text field."""

    code = "E104"


class InputTooLargeError(InputError):
    code = "E105"


class UnsupportedFormatError(InputError):
    code = "E106"


class InputNotFoundError(InputError):
    code = "E107"


# -- pipeline (E2xx) ----------------------------------------------------------------
class PipelineError(MarsadError):
    code = "E200"


class MissingLayerError(PipelineError):
    """A stage requires a layer that no earlier stage produces."""

    code = "E201"


class UnknownStageError(PipelineError):
    code = "E202"


class StageFailedError(PipelineError):
    """A stage raised while analysing one document."""

    code = "E203"


class InvalidSpanError(PipelineError):
    """A span whose offsets do not reproduce its text (``text[start:end] != span.text``)."""

    code = "E204"


# -- store (E3xx) ---------------------------------------------------------------------
class StoreError(MarsadError):
    code = "E300"


class DocumentNotFoundError(StoreError):
    code = "E301"


# -- usage (E4xx) -------------------------------------------------------------------
class UsageError(MarsadError):
    """Bad option values given by the caller (dates, formats, paths)."""

    code = "E400"
