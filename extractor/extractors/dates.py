"""Dates: not built yet (see the issue for this kind)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ..records import Record

if TYPE_CHECKING:
    from . import Context


def extract(doc: Doc, ctx: Context) -> list[Record]:
    return []
