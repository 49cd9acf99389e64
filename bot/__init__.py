"""Answers questions about the « Territoires d'industrie » laureates in Occitanie."""

__version__ = "1.0.0"
