"""veracity: the command line and the pipeline that wire scraper, archive and scoring together."""

__version__ = "0.1.0"
