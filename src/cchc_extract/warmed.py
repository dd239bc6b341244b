"""Importing this module builds everything the pipeline needs (:func:`cchc_extract.pipeline.warm`):
the module a forkserver preloads, so that the workers it forks start with compiled patterns."""
from .pipeline import warm

warm()
