"""kg: a knowledge graph of corporate executives, built from news text."""

__version__ = "0.1.0"
