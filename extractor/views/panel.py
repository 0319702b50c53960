"""What an event's panel says: who did what to whom, where, when and how far, in words.

An event record points at other records by id; the panel reads those records of the same
document, so a reader sees "Ana Duarte, Lars Holm" rather than "A2, A14".
"""

from __future__ import annotations

from typing import Any

Records = dict[str, dict[str, Any]]


def _names(ids: list[str], by_id: Records) -> str:
    return ", ".join(by_id[i].get("name") or by_id[i]["text"] for i in ids if i in by_id)


def event_panel(event: dict[str, Any], by_id: Records) -> dict[str, str]:
    """The event's participants, place, time and distance by name, in the panel's order."""
    what = f"{event['trigger']} ({event['lemma']}, {event['category']})"
    if event["polarity"] == "negative":
        what += ", did not happen"
    if event["modality"] != "actual":
        what += f", {event['modality']}"
    when = event["date"] or ""
    if event["date_basis"] != "none":
        when = f"{when} ({event['date_basis']})"
    figures = "; ".join(f"{f['what']}: {f['text']}" for f in event.get("figures") or [])
    return {
        "who": _names(event["agent_ids"], by_id),
        "what": what,
        "whom": _names(event["patient_ids"], by_id) or (event["object"] or ""),
        "where": _names(event["place_ids"], by_id),
        "when": when,
        "how far": _names(event["distance_ids"], by_id),
        "counts": figures,
    }
