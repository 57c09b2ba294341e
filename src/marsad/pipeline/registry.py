"""The one place where stages are registered.

:func:`default_registry` fills a :class:`Registry` explicitly (no import-time side effects);
later issues add their stages (entities, time, quotes, events, rhetoric) there.  A golden
test pins the default stage list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..errors import UnknownStageError
from .stage import Stage


@dataclass(frozen=True)
class StageInfo:
    name: str
    factory: Callable[[], Stage]
    requires: tuple[str, ...]
    produces: tuple[str, ...]
    help: str


class Registry:
    """Stage name → factory, with the declared requirements and products of each stage."""

    def __init__(self) -> None:
        self._stages: dict[str, StageInfo] = {}

    def add(self, stage_class: type[Stage], *, help: str = "") -> None:
        """Register ``stage_class`` under its ``name``; names are unique."""
        name = stage_class.name
        if not name:
            raise ValueError(f"{stage_class.__name__} has no name")
        if name in self._stages:
            raise ValueError(f"stage {name!r} registered twice")
        doc = help or (stage_class.__doc__ or "").strip().splitlines()[0]
        self._stages[name] = StageInfo(name, stage_class, stage_class.requires, stage_class.produces, doc)

    def info(self, name: str) -> StageInfo:
        try:
            return self._stages[name]
        except KeyError:
            raise UnknownStageError(
                f"unknown stage {name!r}; known stages: {', '.join(self._stages)}"
            ) from None

    def create(self, name: str) -> Stage:
        return self.info(name).factory()

    def producers(self, layer: str) -> list[str]:
        """Names of the stages that produce ``layer``."""
        return [s.name for s in self._stages.values() if layer in s.produces]

    def names(self) -> list[str]:
        return list(self._stages)

    def __iter__(self) -> Iterator[StageInfo]:
        return iter(self._stages.values())


#: The stages run by default, in order.
DEFAULT_STAGES: tuple[str, ...] = ("tokens", "sentences", "numbers", "dateline", "times", "entities", "quotes",
                                   "events", "rhetoric", "framing")


def default_registry() -> Registry:
    """A registry holding every stage marsad ships."""
    from ..entities.stage import EntitiesStage
    from ..events.stage import EventsStage
    from ..quotes.stage import QuotesStage
    from ..rhetoric.framing import FramingStage
    from ..rhetoric.stage import RhetoricStage
    from ..time.stage import TimesStage
    from .text_stages import DatelineStage, NumbersStage, SentencesStage, TokensStage

    registry = Registry()
    registry.add(TokensStage)
    registry.add(SentencesStage)
    registry.add(NumbersStage)
    registry.add(DatelineStage)
    registry.add(TimesStage)
    registry.add(EntitiesStage)
    registry.add(QuotesStage)
    registry.add(EventsStage)
    registry.add(RhetoricStage)
    registry.add(FramingStage)
    return registry
