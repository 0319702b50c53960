"""newsfacts: structured, source-grounded fact records from English news articles.

from extractor import Extractor
records = Extractor().extract(text, reference_date=date(2025, 1, 6))
"""

from __future__ import annotations

__version__ = "0.1.0"

from .batch import run_batch  # noqa: E402
from .cluster import extract_records  # noqa: E402
from .errors import InputError, NewsfactsError, UsageError  # noqa: E402
from .pipeline import Extractor, Result, load_model  # noqa: E402
from .records import Actor, Claim, DateFact, Distance, Document, Mention, Record  # noqa: E402

__all__ = [
    "Actor",
    "Claim",
    "DateFact",
    "Distance",
    "Document",
    "Extractor",
    "InputError",
    "Mention",
    "NewsfactsError",
    "Record",
    "Result",
    "UsageError",
    "__version__",
    "extract_records",
    "load_model",
    "run_batch",
]
