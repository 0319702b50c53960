"""Place mentions of one place joined into one record: the same gazetteer entry or feature, or
the same name where no table knows it ("SEOUL" in the dateline and "Seoul" later are one city)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...records import Mention, Place
from ..common import as_read
from .gazetteer import key

if TYPE_CHECKING:
    from .. import Context
    from .mentions import Candidate


def group(found: list[Candidate], ctx: Context) -> list[Place]:
    """One record per place, in order of first mention."""
    places: dict[object, list[Candidate]] = {}
    for candidate in sorted(found, key=lambda c: (c.start, c.end)):
        if not candidate.qualifies and not candidate.describes:
            places.setdefault(_identity(candidate), []).append(candidate)
    kept = [members for members in places.values() if _known(members)]
    return [_record(number, members, ctx) for number, members in enumerate(kept, 1)]


def _known(members: list[Candidate]) -> bool:
    """A name no table knows is a place only where the text places it somewhere ("in X"):
    spaCy also calls people, products and teams GPE: products, companies, teams."""
    return any(c.placed or c.resolved is None or c.resolved.source != "label" for c in members)


def _identity(candidate: Candidate) -> object:
    resolved = candidate.resolved
    if resolved is not None and resolved.entry is not None:
        entry = resolved.entry
        return ("entry", entry.country, entry.admin1, entry.kind, entry.geonames_id, entry.name)
    return ("name", key(candidate.name))


def _name(members: list[Candidate], ctx: Context) -> str:
    """The fullest form used, preferring one written in ordinary case over a dateline's capitals."""
    written = [" ".join(_as_read(c, ctx).split()) for c in members]
    ordinary = [t for t in written if not t.isupper()] or [members[0].name]
    return max(ordinary, key=lambda t: (len(t.split()), len(t)))


def _as_read(candidate: Candidate, ctx: Context) -> str:
    return as_read(ctx.text, ctx.body.markup, candidate.start, candidate.end)


def _record(number: int, members: list[Candidate], ctx: Context) -> Place:
    resolved = members[0].resolved
    assert resolved is not None
    mentions, rules = [], []
    for c in members:
        if not mentions or (mentions[-1].start, mentions[-1].end) != (c.start, c.end):
            mentions.append(Mention(start=c.start, end=c.end, text=c.text))
        rules.extend(r for r in c.rule.split("+") if r and r not in rules)
    if resolved.source:
        rules.append(resolved.source)
    name = _name(members, ctx)
    aliases = list(dict.fromkeys(a for c in members if (a := _as_read(c, ctx)) != name))
    entry = resolved.entry
    first = mentions[0]
    return Place(
        doc=ctx.doc_id,
        text=first.text,
        start=first.start,
        end=first.end,
        rule="+".join(rules),
        sentence=ctx.sentence(first.start),
        id=f"P{number}",
        name=name,
        type=resolved.type,  # type: ignore[arg-type]
        mentions=mentions,
        aliases=aliases,
        country_code=resolved.country,
        geonames_id=entry.geonames_id if entry else None,
        lat=resolved.lat,
        lon=resolved.lon,
    )
