"""Hand-written articles and the records `extract` writes for them, for the merge tests.

Each `Article` holds its text and reference date; its methods add the records a reader of the
text would expect `extract` to give (offsets found in the text, so `text == doc[start:end]`).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from extractor.records import Actor, DateFact, Distance, Document, Event, Mention, Place

ORDER = ("actor", "place", "date", "distance", "claim", "event")


class Article:
    """One invented article and its records."""

    def __init__(self, doc: str, text: str, reference_date: str | None) -> None:
        self.doc, self.text, self.reference_date = doc, text, reference_date
        self.records: dict[str, list[dict[str, Any]]] = {kind: [] for kind in ORDER}

    def at(self, phrase: str, nth: int = 0) -> tuple[int, int]:
        start = -1
        for _ in range(nth + 1):
            start = self.text.index(phrase, start + 1)
        return start, start + len(phrase)

    def _common(self, phrase: str, nth: int = 0) -> dict[str, Any]:
        start, end = self.at(phrase, nth)
        return {"doc": self.doc, "text": phrase, "start": start, "end": end, "rule": "test",
                "sentence": 0}

    def _mentions(self, phrases: list[str]) -> list[Mention]:
        seen: dict[str, int] = {}
        out = []
        for phrase in phrases:
            start, end = self.at(phrase, seen.get(phrase, 0))
            seen[phrase] = seen.get(phrase, 0) + 1
            out.append(Mention(start=start, end=end, text=phrase))
        return out

    def actor(self, id: str, name: str, type: str, phrases: list[str], *,
              aliases: tuple[str, ...] = (), roles: tuple[str, ...] = (),
              country_code: str | None = None) -> Article:
        self.records["actor"].append(Actor(
            **self._common(phrases[0]), id=id, name=name, type=type,
            mentions=self._mentions(phrases), aliases=list(aliases), roles=list(roles),
            affiliation=None, country_code=country_code).to_dict())
        return self

    def place(self, id: str, name: str, type: str, phrases: list[str], *,
              country_code: str | None = None, geonames_id: int | None = None) -> Article:
        self.records["place"].append(Place(
            **self._common(phrases[0]), id=id, name=name, type=type,
            mentions=self._mentions(phrases), aliases=[], country_code=country_code,
            geonames_id=geonames_id, lat=None, lon=None).to_dict())
        return self

    def date(self, id: str, phrase: str, value: str | None) -> Article:
        self.records["date"].append(DateFact(
            **self._common(phrase), id=id, type="date", value=value,
            granularity="day" if value and len(value) == 10 else "month", relative=True,
            approximate=False, mod=None, freq=None).to_dict())
        return self

    def distance(self, id: str, phrase: str, value: float, unit: str, meters: float, *,
                 qualifier: str = "exact", same_as: int | None = None) -> Article:
        self.records["distance"].append(Distance(
            **self._common(phrase), id=id, value=value, unit=unit, meters=meters,
            qualifier=qualifier, max_value=None, same_as=same_as).to_dict())
        return self

    def event(self, id: str, trigger: str, lemma: str, category: str, *, nth: int = 0,
              agents: tuple[str, ...] = (), patients: tuple[str, ...] = (),
              places: tuple[str, ...] = (), dates: tuple[str, ...] = (), date: str | None = None,
              basis: str = "none", distances: tuple[str, ...] = (),
              figures: list[dict[str, Any]] | None = None, polarity: str = "positive") -> Article:
        start, end = self.at(trigger, nth)
        record = Event(
            **self._common(trigger, nth), id=id, trigger=trigger, trigger_start=start,
            trigger_end=end, lemma=lemma, category=category, agent_ids=list(agents),
            patient_ids=list(patients), object=None, object_start=None, object_end=None,
            place_ids=list(places), date_ids=list(dates), date=date, date_basis=basis,
            distance_ids=list(distances), polarity=polarity, modality="actual",
            claim_id=None, figures=[]).to_dict()
        record["figures"] = figures or []
        self.records["event"].append(record)
        return self

    def all_records(self, *, document: bool = True) -> list[dict[str, Any]]:
        """The records in the order `extract` writes them, the document record last."""
        out = [r for kind in ORDER for r in self.records[kind]]
        if document:
            counts = {kind: len(self.records[kind]) for kind in ORDER}
            out.append(Document(
                doc=self.doc, text="", start=0, end=0, rule=None, sentence=None, status="ok",
                error=None, sha256=hashlib.sha256(self.text.encode()).hexdigest(),
                chars=len(self.text), body_start=0, body_end=len(self.text),
                reference_date=self.reference_date,
                reference_date_source="option" if self.reference_date else "none",
                counts=counts, version="0.1.0", model="test").to_dict())
        return out


def jsonl(articles: list[Article], *, document: bool = True) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n"
                   for a in articles for r in a.all_records(document=document))


def figure(what: str, value: int, qualifier: str, text: str, article: Article) -> dict[str, Any]:
    start, end = article.at(text)
    return {"what": what, "value": value, "qualifier": qualifier, "text": text,
            "start": start, "end": end}
