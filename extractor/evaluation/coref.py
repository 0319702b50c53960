"""Cross-document event coreference: MUC, B-cubed and CEAF-e, and their mean, CoNLL F1.

Scored over the gold events that a prediction relaxed-matched, in all documents together: the
gold `instance` partition (the key) against the predictions' `cluster` partition (the response;
a matched event whose prediction has no cluster is a cluster of its own). Beside it, always, the
same-text baseline on the same events: one cluster per gold topic and lower-cased trigger.
A partition is a dict: mention -> cluster id.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence
from typing import Any

from .tally import PRF, CorefMention, prf

Partition = dict[Hashable, Hashable]
METRICS = ("muc", "b3", "ceafe")


def clusters(partition: Partition) -> dict[Hashable, set[Hashable]]:
    """Cluster id -> its mentions."""
    out: dict[Hashable, set[Hashable]] = defaultdict(set)
    for mention, cluster in partition.items():
        out[cluster].add(mention)
    return out


def muc(key: Partition, response: Partition) -> PRF:
    """Links: how many of one side's within-cluster links the other side keeps."""

    def kept_links(a: Partition, b: Partition) -> float:
        kept = total = 0
        for members in clusters(a).values():
            kept += len(members) - len({b.get(m, (None, m)) for m in members})
            total += len(members) - 1
        return kept / total if total else 0.0

    return prf(kept_links(response, key), kept_links(key, response))


def b_cubed(key: Partition, response: Partition) -> PRF:
    """Per mention: the share of its cluster that the other side puts with it."""
    key_clusters, response_clusters = clusters(key), clusters(response)

    def side(a: Partition, b: Partition, a_of: dict, b_of: dict) -> float:
        total = sum(
            len(a_of[a[m]] & b_of[b[m]]) / len(a_of[a[m]]) for m in a if m in b
        )
        return total / len(a) if a else 0.0

    return prf(
        side(response, key, response_clusters, key_clusters),
        side(key, response, key_clusters, response_clusters),
    )


def ceaf_e(key: Partition, response: Partition) -> PRF:
    """Entity-level CEAF (phi4 = 2|K & R| / (|K| + |R|)) under the best one-to-one alignment."""
    key_clusters = list(clusters(key).values())
    response_clusters = list(clusters(response).items())
    column = {cluster: j for j, (cluster, _) in enumerate(response_clusters)}
    rows: list[dict[int, float]] = []
    for members in key_clusters:
        shared: dict[int, int] = defaultdict(int)
        for m in members:
            if m in response:
                shared[column[response[m]]] += 1
        rows.append({
            j: 2 * n / (len(members) + len(response_clusters[j][1])) for j, n in shared.items()
        })
    best = best_alignment(rows, len(response_clusters))
    return prf(
        best / len(response_clusters) if response_clusters else 0.0,
        best / len(key_clusters) if key_clusters else 0.0,
    )


def best_alignment(rows: Sequence[dict[int, float]], columns: int) -> float:
    """The largest total weight of a one-to-one matching of rows to columns (weights in (0, 1]).

    scipy's sparse assignment solver (LAPJVsp) needs every row matched, so each row gets a column
    of its own that stands for "unmatched"; it minimises, so a weight w costs 2 - w and being
    unmatched costs 2. The cost follows the edges, not rows x columns.
    """
    if not rows:
        return 0.0
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import min_weight_full_bipartite_matching

    data, row_index, column_index = [], [], []
    for i, row in enumerate(rows):
        for j, weight in [*row.items(), (columns + i, 0.0)]:
            data.append(UNMATCHED_COST - weight)
            row_index.append(i)
            column_index.append(j)
    costs = csr_matrix((data, (row_index, column_index)), shape=(len(rows), columns + len(rows)))
    matched_rows, matched_columns = min_weight_full_bipartite_matching(costs)
    return sum(
        rows[i].get(int(j), 0.0) for i, j in zip(matched_rows, matched_columns, strict=True)
    )


UNMATCHED_COST = 2.0
"""Above any edge's cost (2 - w for w in (0, 1]), so that every edge is worth more than none."""


def coref_scores(key: Partition, response: Partition) -> dict[str, Any]:
    """{"muc"|"b3"|"ceafe": PRF, "conll": the mean of their F1}."""
    out: dict[str, Any] = {"muc": muc(key, response), "b3": b_cubed(key, response),
                           "ceafe": ceaf_e(key, response)}
    out["conll"] = sum(out[name].f1 for name in METRICS) / len(METRICS)
    return out


def coreference(mentions: Sequence[CorefMention]) -> dict[str, Any] | None:
    """The response's and the same-text baseline's scores over the matched gold events, with
    their cluster counts; None when no prediction carries a cluster."""
    if not any(m.cluster is not None for m in mentions):
        return None
    key: Partition = {m.key: m.instance for m in mentions}
    response: Partition = {
        m.key: m.cluster if m.cluster is not None else ("singleton", m.key) for m in mentions
    }
    baseline: Partition = {m.key: (m.topic, m.text) for m in mentions}
    return {
        "mentions": len(mentions),
        "instances": len(set(key.values())),
        "coref": {**coref_scores(key, response), "clusters": len(set(response.values()))},
        "baseline": {**coref_scores(key, baseline), "clusters": len(set(baseline.values()))},
    }
