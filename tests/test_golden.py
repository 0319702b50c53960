"""Gold data for quality: every bundled sample's output, and facts that must or must not appear.

`tests/golden/<sample>.jsonl` is the reviewed output of each sample (rewrite it with
`pytest --update-golden`, then read the diff before committing). `expectations.json` lists, per
sample, facts checked by hand: each `must` item has to match one record on every field it names;
no record may match a `must_not` item. `speaker_name` names the actor a claim's `speaker_id`
points at, so that expectations do not depend on the order of actor ids.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor import Extractor

GOLDEN = Path(__file__).resolve().parent / "golden"
SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SAMPLE_FILES = sorted(p for p in SAMPLES.iterdir() if p.is_file())
EXPECTATIONS = json.loads((GOLDEN / "expectations.json").read_text(encoding="utf-8"))
UNSTABLE = ("version", "model")  # change with a release or a user's model, not with behaviour


def _output(extractor: Extractor, path: Path) -> list[dict]:
    records = []
    for result in extractor.extract_paths([f"samples/{path.name}"]):
        for record in result.records:
            data = record.to_dict()
            for key in UNSTABLE:
                data.pop(key, None)
            records.append(data)
    return records


def _with_speaker_names(records: list[dict]) -> list[dict]:
    names = {(r["doc"], r["id"]): r["name"] for r in records if r["kind"] == "actor"}
    return [
        {**r, "speaker_name": names.get((r["doc"], r["speaker_id"]))} if r["kind"] == "claim" else r
        for r in records
    ]


def _matches(record: dict, pattern: dict) -> bool:
    return all(record.get(key) == value for key, value in pattern.items())


@pytest.fixture(scope="module")
def outputs(extractor: Extractor, monkeypatch_module) -> dict[str, list[dict]]:
    monkeypatch_module.chdir(SAMPLES.parent)
    return {path.name: _output(extractor, path) for path in SAMPLE_FILES}


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


@pytest.mark.parametrize("name", [p.name for p in SAMPLE_FILES])
def test_golden_sample_output_is_unchanged(outputs, name: str, request) -> None:
    golden = GOLDEN / f"{name}.jsonl"
    got = outputs[name]
    if request.config.getoption("--update-golden"):
        lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in got)
        golden.write_text(lines, encoding="utf-8")
    expected = [json.loads(line) for line in golden.read_text(encoding="utf-8").splitlines()]
    assert got == expected


def test_golden_every_sample_has_expectations() -> None:
    assert sorted(EXPECTATIONS) == sorted(p.name for p in SAMPLE_FILES)


@pytest.mark.parametrize("name", sorted(EXPECTATIONS))
def test_golden_must_and_must_not_facts(outputs, name: str) -> None:
    got = _with_speaker_names(outputs[name])
    expected = EXPECTATIONS[name]
    missing = [p for p in expected.get("must", []) if not any(_matches(r, p) for r in got)]
    present = [p for p in expected.get("must_not", []) if any(_matches(r, p) for r in got)]
    assert (missing, present) == ([], [])
