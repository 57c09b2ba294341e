"""Rhetoric inside quotations (calls to violence, threats, incitement, victimhood appeals,
glorification) and outlet framing of actors (designations and labels).  See ``stage.py`` and
``framing.py``; lexicons in ``data/``."""
