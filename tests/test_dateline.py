"""The publication date found in the text itself: publication lines, datelines, date lines."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.body import find_body
from extractor.dateline import dateline_date_at, dateline_end, find_publication_date

BODY = ("The military said the rocket was launched from the northern coast and flew east "
        "before landing in the sea, officials told reporters in the capital.\n")

CASES = [
    ("Published 6 January 2025\n\n" + BODY, date(2025, 1, 6)),
    ("Published On 6 Jan 2025\n\n" + BODY, date(2025, 1, 6)),
    ("Posted: January 6, 2025\n\n" + BODY, date(2025, 1, 6)),
    ("Posted on Monday, January 6, 2025 at 3:00 PM\n\n" + BODY, date(2025, 1, 6)),
    ("Published: 2025-01-06T03:00:00Z\n\n" + BODY, date(2025, 1, 6)),
    ("published 01/06/2025\n\n" + BODY, date(2025, 1, 6)),
    ("Published 13/01/2025\n\n" + BODY, date(2025, 1, 13)),
    ("Updated 7 January 2025\nPublished 6 January 2025\n\n" + BODY, date(2025, 1, 6)),
    ("Updated: Jan. 8, 2025\n\n" + BODY, date(2025, 1, 8)),
    ("Updated 5:47 PM EDT, March 21, 2024\n\n" + BODY, date(2024, 3, 21)),  # the time first
    ("SEOUL, Jan 6, 2025 (Reuters) - " + BODY, date(2025, 1, 6)),
    ("SEOUL, Jan 6 (Reuters) - " + BODY + "\n© 2025 Example News\n", date(2025, 1, 6)),
    # a release's dateline gives its date in brackets
    ("FRESNO, Calif. (June 3, 2022) — " + BODY, date(2022, 6, 3)),
    ("WASHINGTON, August 11 (Xinhua) --\n\n" + BODY + "Talks began on March 2, 1998.\n",
     date(1998, 8, 11)),
    ("NAIROBI, Kenya, Aug. 7 (AP) _ " + BODY + "© 1998 Example Press\n", date(1998, 8, 7)),
    ("Monday 6 January 2025\n\n" + BODY, date(2025, 1, 6)),
    ("PORTO NOVO, 14 September 2025 – " + BODY, date(2025, 9, 14)),
    ("ÎLE-À-LA-CROSSE, Sept 14, 2025 - " + BODY, date(2025, 9, 14)),
    ("SÃO JOSÉ, Sept. 14 (AP) -- " + BODY + "© 2025 Example Press\n", date(2025, 9, 14)),
    ("January 6, 2025 | 3 min read\n\n" + BODY, date(2025, 1, 6)),
    # a newspaper named between "Published in" and the date; dotted dates, day first
    ("Published in The Harbour Post on Feb. 8, 2024.\n\n" + BODY, date(2024, 2, 8)),
    ("Posted Tue 18·06·2024 at 14h05\n\n" + BODY, date(2024, 6, 18)),
    ("Updated 06.07.2024 09:15\n\n" + BODY, date(2024, 7, 6)),
    # a wire archive's dateline: a place in capitals and the date, on a line of its own
    ("FOOTBALL - HOSTS HELD TO A DRAW .\n\nBERGEN 1996-09-08\n\n" + BODY, date(1996, 9, 8)),
    ("TENNIS - TOP SEED ADVANCES .\n\nSANTA FE, New Mexico 1996-08-23\n\n" + BODY,
     date(1996, 8, 23)),
    # a paper's or a writer's name before the date
    ("Rates Rise Again\n\nThe Harbour Post -- March 14, 1990\n\n" + BODY, date(1990, 3, 14)),
    ("By Ana Ruiz | 6 January 2025\n\n" + BODY, date(2025, 1, 6)),
    ("Northern Ledger, Feb. 3, 2024\n\n" + BODY, date(2024, 2, 3)),
    ("Harbour Wire Sep 18, 2013, 02.16PM IST\n\n" + BODY, date(2013, 9, 18)),
]

NONE = [
    BODY,
    "SEOUL, Jan 6 (Reuters) - " + BODY,  # a dateline without any year in the document
    "Published 31 February 2025\n\n" + BODY,  # no such day
    "NEW YORK (AP) — " + BODY,
    "He was born in a small town, March 14, 1990\n\n" + BODY,  # a sentence: lowercase words
    BODY + "\nThe treaty was signed on 6 January 2025 after long talks with the neighbours "
    "and a vote in the national assembly later that week.\n" * 3,
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_dateline_finds_publication_date(text: str, expected: date) -> None:
    assert find_publication_date(text, find_body(text)) == expected


@pytest.mark.parametrize("text", NONE)
def test_dateline_none(text: str) -> None:
    assert find_publication_date(text, find_body(text)) is None


# (text, where the date starts, whether it is a dateline's date)
DATELINE_DATES = [
    ("KITWE, Oct 2 (AP) - Rescuers reached the miners.", "Oct", True),
    ("KITWE, Zambia, Oct. 2 (AP) -- Rescuers reached the miners.", "Oct", True),
    ("Porto Novo, 2 October – Rescuers reached the miners.", "2 October", True),
    ("SÃO JOSÉ, Sept 14 - Thousands of growers came.", "Sept", True),
    ("Headline here\nKITWE, Oct 2 (AP) - Rescuers reached the miners.", "Oct", True),
    ("The vote is set for Tuesday, March 4: the count follows.", "March", False),
    ("Rescuers reached the miners on Oct 2, officials said.", "Oct", False),
    ("KITWE, Oct 2 (AP) - Rescuers said the mine reopened on Oct 9.", "Oct 9", False),
    ("KITWE, Zambia (Oct. 2, 2024) - Rescuers reached the miners.", "Oct", True),
]


@pytest.mark.parametrize(("text", "expression", "expected"), DATELINE_DATES)
def test_dateline_date_at(text: str, expression: str, expected: bool) -> None:
    assert dateline_date_at(text, text.index(expression)) is expected


@pytest.mark.parametrize(
    ("text", "end"),
    [
        # the dateline, its dash and the blanks after it: the sentence starts after them
        ("DAKAR, July 8 (Reuters) - Senegal's navy rescued 87 people.", "Senegal"),
        ("KITWE, Zambia, Oct. 2 (AP) -- Rescuers reached the miners.", "Rescuers"),
        ("Porto Novo, 2 October – Rescuers reached the miners.", "Rescuers"),
        # a sentence is no dateline
        ("Rescuers reached the miners on Oct 2, officials said.", None),
        ("Headline here", None),
    ],
)
def test_dateline_end(text: str, end: str | None) -> None:
    assert dateline_end(text, 0) == (text.index(end) if end else None)
