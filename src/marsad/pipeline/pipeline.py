"""A validated sequence of stages run over one document, with a per-run error policy."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from ..errors import MarsadError, MissingLayerError, StageFailedError
from ..model import Document
from .registry import DEFAULT_STAGES, Registry, default_registry
from .stage import BASE_LAYERS, Stage

ErrorPolicy = Literal["raise", "record"]


class Pipeline:
    """Stages in order.  ``run(doc)`` passes the document through each stage.

    ``errors="raise"`` (for development) raises :class:`StageFailedError`;
    ``errors="record"`` (for batches) returns the error instead of a document, so one bad
    article becomes one error row and the batch goes on.
    """

    def __init__(self, stages: Sequence[Stage], *, registry: Registry | None = None,
                 check_offsets: bool = False) -> None:
        self.stages = tuple(stages)
        self.registry = registry
        self.check_offsets = check_offsets
        self.validate()

    @classmethod
    def from_names(cls, names: Sequence[str] | None = None, *, registry: Registry | None = None,
                   check_offsets: bool = False) -> Pipeline:
        """The pipeline of the named stages (default: :data:`DEFAULT_STAGES`)."""
        registry = registry or default_registry()
        chosen = DEFAULT_STAGES if names is None else tuple(names)
        return cls([registry.create(n) for n in chosen], registry=registry, check_offsets=check_offsets)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.stages)

    def validate(self) -> None:
        """Raise :class:`MissingLayerError` naming the stage, the missing layer and who provides it."""
        available = set(BASE_LAYERS)
        for stage in self.stages:
            for layer in stage.requires:
                if layer not in available:
                    hint = ""
                    if self.registry is not None:
                        providers = self.registry.producers(layer)
                        if providers:
                            hint = f"; add stage {' or '.join(map(repr, providers))} before it"
                    raise MissingLayerError(
                        f"stage {stage.name!r} requires layer {layer!r}, which no earlier stage "
                        f"produces (available: {', '.join(sorted(available))}){hint}"
                    )
            available.update(stage.produces)

    def run(self, doc: Document, *, errors: ErrorPolicy = "raise") -> Document | MarsadError:
        """``doc`` with every stage's layers attached, or (``errors="record"``) the error."""
        _check_policy(errors)
        return self._run_stages(self.stages, doc, errors, check=self.check_offsets)

    def _run_stages(self, stages: Sequence[Stage], doc: Document, errors: ErrorPolicy, *,
                    check: bool) -> Document | MarsadError:
        """``doc`` through ``stages`` (and the offset check when ``check``), errors per ``errors``."""
        stage_name = "?"
        try:
            for stage in stages:
                stage_name = stage.name
                doc = stage(doc)
            if check:
                stage_name = "check_offsets"
                doc.check_offsets()
            return doc
        except MarsadError as exc:
            if exc.source is None:
                exc.source = f"document {doc.id}"
            if errors == "raise":
                raise
            return exc
        except Exception as exc:  # a bug in a stage: wrap it, name the document and the stage
            failed = StageFailedError(f"stage {stage_name!r} failed: {type(exc).__name__}: {exc}",
                                      source=f"document {doc.id}")
            if errors == "raise":
                raise failed from exc
            return failed

    def run_many(self, docs: Sequence[Document | MarsadError], *, errors: ErrorPolicy = "raise"
                 ) -> list[Document | MarsadError]:
        """:meth:`run` of each document, in order, each stage given the whole batch at once
        (:meth:`Stage.predict_many`: the entity tagger decodes many documents together); an error
        item passes through as it is.  When a stage fails on the batch, its documents are run
        through that stage one at a time, so only a failing document becomes an error (or, with
        ``"raise"``, is raised)."""
        _check_policy(errors)
        results: list[Document | MarsadError] = list(docs)
        for stage in self.stages:
            live = [i for i, d in enumerate(results) if isinstance(d, Document)]
            if not live:
                break
            batch = [results[i] for i in live]  # type: ignore[misc]
            try:
                outs = stage.predict_many(batch)  # type: ignore[arg-type]
                done = [stage.set_annotations(d, o) for d, o in zip(batch, outs)]
            except Exception:  # find the failing document(s): one at a time
                done = [self._run_stages((stage,), d, errors, check=False) for d in batch]  # type: ignore[arg-type]
            for i, d in zip(live, done):
                results[i] = d
        if self.check_offsets:
            results = [self._run_stages((), d, errors, check=True) if isinstance(d, Document) else d
                       for d in results]
        return results


def _check_policy(errors: str) -> None:
    if errors not in ("raise", "record"):
        raise ValueError(f"errors must be 'raise' or 'record', not {errors!r}")
