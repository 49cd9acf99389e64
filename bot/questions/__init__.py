"""The questions asked: their log, and what is read from it (the report, /stats)."""
