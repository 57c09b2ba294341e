"""Stages, the registry that lists them and the pipeline that runs them."""

from .pipeline import Pipeline
from .registry import DEFAULT_STAGES, Registry, default_registry
from .stage import Stage

__all__ = ["Pipeline", "Registry", "Stage", "DEFAULT_STAGES", "default_registry"]
