"""Events: ACLED-coded conflict events from trigger lexicons, with actors, place, date, fatalities
and status (:func:`find_events`, :class:`EventsStage`).  Offsets are code points into ``Document.text``."""

from .stage import EventsStage, find_events

__all__ = ["EventsStage", "find_events"]
