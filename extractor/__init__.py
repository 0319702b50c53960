"""newsfacts: structured, source-grounded fact records from English news articles.

from extractor import Extractor
records = Extractor().extract(text, reference_date=date(2025, 1, 6))

Names are imported when first used, so that `extractor.merge` (which reads records and loads no
model) never imports spaCy: nothing at this package's top level may import spaCy or the pipeline
eagerly. How the modules fit together: README.md, "How the code is laid out".
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

# Public name -> the module that defines it.
_EXPORTS = {
    "run_batch": ".batch",
    "extract_records": ".cluster",
    "InputError": ".errors",
    "NewsfactsError": ".errors",
    "UsageError": ".errors",
    "Extractor": ".pipeline",
    "Result": ".pipeline",
    "load_model": ".pipeline",
    "Actor": ".records",
    "Claim": ".records",
    "DateFact": ".records",
    "Distance": ".records",
    "Document": ".records",
    "Mention": ".records",
    "Record": ".records",
    "run_merge": ".merge",
}

__all__ = ["__version__", *sorted(_EXPORTS)]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(module, __name__), name)
