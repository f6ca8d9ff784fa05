"""Builds the hold-out pages and their labels from hand-written specs (``specs/*.txt``)."""
