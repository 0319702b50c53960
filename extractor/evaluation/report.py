"""The report of an evaluation: one table for a person, or one JSON object for a program.

Both hold the same figures: P/R/F1 with the prediction and gold counts of every metric of every
kind the gold has, the accuracies on matched items, event coreference when predictions carry
clusters, and the SUMMARY figures (the headline figure of each kind, named as the shared scorer
names them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .coref import METRICS, coreference
from .tally import Scores

# Kind -> (summary name, metric) of its headline figures.
SUMMARY_FIGURES: dict[str, tuple[tuple[str, str], ...]] = {
    "date": (("date_value_f1", "value"),),
    "actor": (("actor_f1", "typed_strict"),),
    "distance": (("distance_f1", "relaxed+meters"),),
    "claim": (("claim_f1", "content_overlap"),),
    "place": (("place_f1", "strict"), ("place_f1_relaxed", "relaxed")),
    "event": (("event_f1", "relaxed"),),
}
SUMMARY_ORDER = ("date", "actor", "distance", "claim", "place", "event")
"""The SUMMARY line's order, the shared scorer's."""
_HEADER = f"{'kind':9} {'metric':16} {'P':>6} {'R':>6} {'F1':>6} {'n_pred':>7} {'n_gold':>7}"


@dataclass(frozen=True, slots=True)
class Report:
    """The counts of a run, its event coreference (None without clusters) and its SUMMARY."""

    scores: Scores
    coref: dict[str, Any] | None
    summary: dict[str, float]


def make_report(scores: Scores) -> Report:
    coref = coreference(scores.coref) if "event" in scores.kinds else None
    return Report(scores, coref, summary(scores, coref))


def summary(scores: Scores, coref: dict[str, Any] | None) -> dict[str, float]:
    """The headline figures: name -> F1."""
    figures = {}
    for kind in SUMMARY_ORDER:
        if kind in scores.kinds:
            for name, metric in SUMMARY_FIGURES[kind]:
                figures[name] = scores.tally(kind, metric).scores().f1
    if coref is not None:
        figures["event_coref_conll_f1"] = coref["coref"]["conll"]
        figures["event_coref_baseline_conll_f1"] = coref["baseline"]["conll"]
    return figures


def as_json(report: Report) -> dict[str, Any]:
    """Every figure, unrounded."""
    scores = report.scores
    kinds: dict[str, Any] = {}
    for kind in scores.kinds:
        metrics: dict[str, Any] = {}
        for name, tally in scores.tallies[kind].items():
            p, r, f = tally.scores()
            metrics[name] = {"p": p, "r": r, "f1": f, "n_pred": tally.predicted,
                             "n_gold": tally.gold}
        for name, accuracy in scores.accuracies[kind].items():
            metrics[name] = {"accuracy": accuracy.value, "n": accuracy.asked}
        kinds[kind] = metrics
    return {
        "documents": scores.documents,
        "failures": scores.failures,
        "kinds": kinds,
        "event_coreference": _coref_json(report.coref) if report.coref else None,
        "summary": report.summary,
    }


def _coref_json(coref: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"mentions": coref["mentions"], "instances": coref["instances"]}
    for tag in ("coref", "baseline"):
        found = coref[tag]
        out[tag] = {name: dict(found[name]._asdict()) for name in METRICS}
        out[tag].update(conll=found["conll"], clusters=found["clusters"])
    return out


def as_table(report: Report) -> str:
    """The figures as the shared scorer prints them: one line per metric, then SUMMARY."""
    scores = report.scores
    lines = [_HEADER]
    for kind in scores.kinds:
        for name, tally in scores.tallies[kind].items():
            p, r, f = tally.scores()
            lines.append(
                f"{kind:9} {name:16} {p:6.3f} {r:6.3f} {f:6.3f} {tally.predicted:7d} "
                f"{tally.gold:7d}"
            )
        for name, accuracy in scores.accuracies[kind].items():
            lines.append(
                f"{kind:9} {name:16} {'':>6} {'':>6} {accuracy.value:6.3f} {accuracy.asked:7d} "
                f"{'(matched)':>7}"
            )
    if report.coref is not None:
        lines.extend(_coref_lines(report.coref))
    lines.append(f"docs={scores.documents} failures={scores.failures}")
    figures = report.summary.items()
    lines.append("SUMMARY " + " ".join(f"{name}={value:.3f}" for name, value in figures))
    return "\n".join(lines) + "\n"


def _coref_lines(coref: dict[str, Any]) -> list[str]:
    lines = [
        f"event coreference over {coref['mentions']} relaxed-matched gold events, "
        f"{coref['instances']} gold instances (n_pred / n_gold below: response / key clusters)"
    ]
    for tag in ("coref", "baseline"):
        found = coref[tag]
        for name in METRICS:
            p, r, f = found[name]
            lines.append(
                f"{'event':9} {tag + '_' + name:16} {p:6.3f} {r:6.3f} {f:6.3f} "
                f"{found['clusters']:7d} {coref['instances']:7d}"
            )
        lines.append(f"{'event':9} {tag + '_conll':16} {'':>6} {'':>6} {found['conll']:6.3f}")
    return lines
