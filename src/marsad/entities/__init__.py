"""Entities stage package: knowledge base, gazetteer matching, tagger, linking, geocoding.

Kept import-light: import the submodules you need (``from marsad.entities.kb import load_kb``).
"""
