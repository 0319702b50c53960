"""The body finder: the line classifier, and find_body's spans on small invented pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.body import (
    DATELINE,
    FURNITURE,
    LIST_HEADING,
    PROSE,
    SENTENCE,
    TIMESTAMP,
    TITLE,
    Line,
    classify_line,
    find_body,
    split_lines,
)


def _line(text: str) -> Line:
    return Line(0, len(text), text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # calls to action and subscription prompts
        ("Sign up to read this article", FURNITURE),
        ("Get all your news in one place.", FURNITURE),
        ("Already a member? Sign in here", FURNITURE),
        ("Start reading", FURNITURE),
        ("Download our app", FURNITURE),
        ("Subscribe for £1 a week", FURNITURE),
        ("Get the day’s top stories in your inbox.", FURNITURE),
        ("Enjoy unlimited access to award-winning journalism for your whole family.", FURNITURE),
        ("You have reached your limit of free articles this month.", FURNITURE),
        ("Read more: Chile declares drought emergency in three regions", FURNITURE),
        ("Listen to this article", FURNITURE),
        ("Advertisement", FURNITURE),
        ("Story continues below advertisement", FURNITURE),
        # share bars, bylines, timestamps, credits, navigation, footers
        ("Share", FURNITURE),
        ("Share this article", FURNITURE),
        ("Facebook Twitter WhatsApp Email", FURNITURE),
        ("Share on FacebookShare on XShare on LinkedIn", FURNITURE),
        ("By Jane Doe", FURNITURE),
        ("By Jane Doe and Omar Haddad, Reuters", FURNITURE),
        ("By a staff reporter", FURNITURE),
        ("Reporting by Lina Sousa; Editing by Mark Oduya", FURNITURE),
        ("Updated 3 hours ago", FURNITURE),
        ("Published 12 May 2025", FURNITURE),
        ("Published On 12 May 2025", FURNITURE),
        ("5 min read", FURNITURE),
        ("Image caption", FURNITURE),
        ("Image source, Getty Images", FURNITURE),
        ("Photo: Lena Novak/Reuters", FURNITURE),
        ("(AP Photo/Rui Mendes)", FURNITURE),
        ("World | Business | Sport | Culture", FURNITURE),
        ("Terms of use | Privacy policy | Contact us", FURNITURE),
        ("© 2025 The Harbour Post. All rights reserved.", FURNITURE),
        ("We use cookies to improve your experience on our site.", FURNITURE),
        ("Accept all cookies", FURNITURE),
        ("Skip to main content", FURNITURE),
        # headings of related-story lists
        ("Related stories", LIST_HEADING),
        ("Related Topics", LIST_HEADING),
        ("Most read", LIST_HEADING),
        ("More from Europe", LIST_HEADING),
        ("You may also like", LIST_HEADING),
        ("Comments", LIST_HEADING),
        # article lines that must never be furniture
        ("He declined to comment.", SENTENCE),
        ("The company declined to comment further.", SENTENCE),
        ("“We are not in a hurry.”", SENTENCE),
        ('"Nobody listened."', SENTENCE),
        ("By Tuesday evening, the talks had collapsed.", SENTENCE),
        (
            "Share prices in Tokyo fell 2% on Monday after the central bank surprised markets.",
            PROSE,
        ),
        ("Finland's NATO membership was approved by all allies on Tuesday, officials said.", PROSE),
        ("The newsletter, published by the ministry, said exports rose 4% last year.", PROSE),
        ("Subscription revenue at the broadcaster rose 12% last year, its chief said.", PROSE),
        ("“Sign up now or lose your place,” the recruiter told the crowd on Friday.", PROSE),
        ("Watch lists grow as Europe tightens its border checks", TITLE),
        ("Pressure from Jakarta", TITLE),
        ("Portugal and Spain to reopen talks on shared river after dry winter", TITLE),
        ("## Financing still unclear", TITLE),
        ("Image caption, Divers search the harbour at dawn", TITLE),
        ("Calm seas.", TITLE),
        ("The investigation continues.", SENTENCE),
        ("Rescuers dug through the snow.", SENTENCE),
        # datelines on a line of their own
        ("LISBON, March 4 (Reuters) -", DATELINE),
        ("KITWE, Zambia, Oct 2 (AP) -", DATELINE),
        ("*Nairobi, January 22*", DATELINE),
        ("LIMA (AP) --", DATELINE),
        ("ATHENS _", DATELINE),
        # a wire archive's, tokenised: a blank before the comma, the date as digits
        ("AL-AIN , United Arab Emirates 1996-12-06", DATELINE),
        ("Courier24", TITLE),
        # a date or time alone: furniture outside the body, a live blog's heading inside it
        ("12 May 2025, 14:05 GMT", TIMESTAMP),
        ("7:45 p.m.", TIMESTAMP),
        ("Tue 4 Mar 2025 09.12", TIMESTAMP),
        ("Mon  3 Mar  2025     09:12          GMT", TIMESTAMP),
        # times as archives write them, and a label before the date
        ("10:55 P. M. FEB. 2, 2009", TIMESTAMP),
        ("on Dec 23 2012, 5:03p", TIMESTAMP),
        ("Tue Jul 02 2013, 14:58 hrs", TIMESTAMP),
        ("Released 2013-09-28 05:08:35 GMT", TIMESTAMP),
        ("Last time", TITLE),
        # who filed the story before its full date and time
        ("Harbour Wire Sep 18, 2013, 02.16PM IST", TIMESTAMP),
        ("Storm Hits May 2012", TITLE),  # no day: a headline's words, no credit
        # a long gap after a date's words (aligned columns, a blanked link): running text
        ("On April" + " " * 40 + "26, the port authority signed an agreement with the operator.",
         PROSE),
    ],
)
def test_body_classify_line(text: str, kind: str) -> None:
    assert classify_line(_line(text)) == kind


def test_body_split_lines_offsets_exclude_blanks_and_line_ends() -> None:
    text = "  Title here\r\n\r\nA paragraph.\n"
    lines = split_lines(text)
    assert [(line.start, line.end, line.text) for line in lines] == [
        (2, 12, "Title here"),
        (16, 28, "A paragraph."),
    ]


# An article hard-wrapped at 72 columns, as e-mail and wire copy come: its paragraphs' lines
# run on, the headline and byline stand alone.
WRAPPED = (Path(__file__).parent / "fixtures" / "wrapped_article.txt").read_text(encoding="utf-8")


def test_body_hard_wrapped_paragraphs_are_one_line_each() -> None:
    lines = split_lines(WRAPPED)
    first, second = WRAPPED.index("The river"), WRAPPED.index("Engineers")
    assert [(line.start, line.end) for line in lines] == [
        (0, 33),
        (35, 46),
        (first, WRAPPED.index("hall.") + 5),
        (second, WRAPPED.index("spring.") + 7),
    ]
    body = find_body(WRAPPED)
    assert (body.start, body.end) == (0, len(WRAPPED) - 1)  # headline to last paragraph
    masked = body.mask(WRAPPED)
    # the model reads each paragraph on one line; the blank lines between them stay
    assert masked[first:].startswith(
        "The river burst its banks on Monday and flooded the old town, the mayor said,"
    )
    assert masked.count("\n\n") == WRAPPED.count("\n\n") and len(masked) == len(WRAPPED)


def test_body_lines_of_one_sentence_each_are_not_joined() -> None:
    text = "".join(
        f"The council met on day {n} of the session and agreed the plan for the harbour.\n"
        for n in range(1, 6)
    )
    assert len(split_lines(text)) == 5
    assert find_body(text).mask(text) == text


P1 = (
    "Officials in the port city said on Monday that the new ferry terminal would open next "
    "spring after two years of delays."
)
P2 = (
    "The harbour master, Ilse Varga, said that about 40 ships a week would use the terminal "
    "once the second pier was finished."
)
P3 = '"We have waited long enough," Varga told reporters at the quay on Monday afternoon.'
HEADLINE = "Ferry terminal to open next spring after delays"
STANDFIRST = "The project, first announced in 2019, was held up by a dispute over dredging rights."

HEADER = "Skip to main content\nThe Harbour Post\nSign in\nSubscribe\nWorld | Ports | Business\n"
FOOTER = (
    "Share this article\n"
    "Related stories\n"
    "Container ship runs aground in estuary fog\n"
    "Dock workers vote on new pay offer\n"
    "Canal reopens after three-week closure\n"
    "© 2025 The Harbour Post. All rights reserved.\n"
)


def _span(text: str, first: str, last: str) -> tuple[int, int]:
    return text.index(first), text.index(last) + len(last)


def _masked_texts(text: str) -> list[str]:
    return [text[s:e] for s, e in find_body(text).furniture]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # a bare article: headline to last paragraph
        (f"{HEADLINE}\n\n{P1}\n\n{P2}\n", HEADLINE, P2),
        # header and footer furniture around it
        (f"{HEADER}{HEADLINE}\n{P1}\n{P2}\n{FOOTER}", HEADLINE, P2),
        # headline and standfirst, then byline and timestamp, then paragraphs
        (
            f"{HEADER}{HEADLINE}\n{STANDFIRST}\nBy Ana Ribeiro\nUpdated 2 hours ago\n{P1}\n{P2}\n",
            HEADLINE,
            P2,
        ),
        # a short closing sentence after the last paragraph belongs to the article
        (f"{HEADLINE}\n{P1}\n{P2}\nShe declined to comment.\n{FOOTER}", HEADLINE, "comment."),
        # ... with a verb in the present or an irregular past that ends in no "-ed"
        (f"{HEADLINE}\n{P1}\n{P2}\nThe village sits high above the valley.\n{FOOTER}", HEADLINE,
         "valley."),
        (f"{HEADLINE}\n{P1}\n{P2}\nRescuers dug through the snow.\n{FOOTER}", HEADLINE, "snow."),
        # a one-line quote paragraph at the end too
        (f"{HEADLINE}\n{P1}\n{P2}\n“We are ready.”\n{FOOTER}", HEADLINE, "“We are ready.”"),
        # a dateline on a line of its own is kept with the headline above it
        (f"{HEADER}{HEADLINE}\nROTTERDAM, May 2 (Reuters) -\n{P1}\n{P2}\n", HEADLINE, P2),
        # a one-word section label above the headline stays outside
        (f"Ports\n{HEADLINE}\n{P1}\n{P2}\n", HEADLINE, P2),
        # ... and so does a site's name; a headline's short second deck takes the headline in
        (f"The Harbour Post\n{HEADLINE}\n{P1}\n{P2}\n", HEADLINE, P2),
        (f"{HEADLINE}\nDredging dispute held up the project\n{P1}\n{P2}\n", HEADLINE, P2),
        (f"{HEADLINE}\nDredging dispute held up the project\n10:55 P. M. FEB. 2, 2009\n{P1}\n"
         f"{P2}\n", HEADLINE, P2),
        # teasers after a related-stories heading are not the article
        (
            f"{HEADLINE}\n{P1}\n{P2}\n{P3}\nMore from Ports\nDock strike ends\n"
            "Union leaders accepted the offer late on Friday, ending a week of walkouts.\n"
            "Canal reopens\nThe canal reopened to ships on Sunday after a three-week closure.\n",
            HEADLINE,
            P3,
        ),
        # an "about us" paragraph after the copyright line is not the article
        (
            f"{HEADLINE}\n{P1}\n{P2}\n{P3}\n© 2025 The Harbour Post\n"
            "The Harbour Post is an independent newspaper founded in 1921 in the port city.\n",
            HEADLINE,
            P3,
        ),
        # a short attributed paragraph after an advertisement and a sign-up prompt goes on
        # with the story; an author's note after a share box does not
        (
            f"{HEADLINE}\n{P1}\n{P2}\nAdvertisement\nLink copied\nSign up for our daily "
            "newsletter.\nThe port authority said the cost had risen by a fifth.\n"
            "Share this article\nFollow us on Facebook.\n",
            HEADLINE,
            "risen by a fifth.",
        ),
        (
            f"{HEADLINE}\n{P1}\n{P2}\nShare this article\nFollow us on Facebook.\n"
            "Sign up for our daily newsletter.\nAna Ribeiro covers shipping for the Post.\n",
            HEADLINE,
            P2,
        ),
        # an in-article related box: the article goes on after it
        (
            f"{HEADLINE}\n{P1}\n{STANDFIRST}\nRelated\nDock strike ends after a week\n{P2}\n{P3}\n",
            HEADLINE,
            P3,
        ),
    ],
)
def test_body_find_body_span(text: str, first: str, last: str) -> None:
    body = find_body(text)
    assert (body.start, body.end) == _span(text, first, last)


def test_body_headline_in_capitals_is_no_prose_even_with_a_full_stop() -> None:
    # a wire archive writes headlines in capitals, tokenised, with a final " ."
    headline = "FOOTBALL - HOSTS HELD TO A DRAW IN WORLD CUP QUALIFIER ."
    paragraph = ("The hosts were held to a 1-1 draw in a World Cup qualifier on Sunday , the coach "
                 "said .")
    text = f"{headline}\n\n{paragraph}\n"
    assert find_body(text).nonprose == ((0, len(headline)),)


def test_body_story_in_capitals_keeps_its_paragraphs() -> None:
    text = "THE HOSTS WERE HELD TO A 1-1 DRAW IN A WORLD CUP QUALIFIER ON SUNDAY, THE COACH SAID.\n"
    assert find_body(text).nonprose == ()


def test_body_furniture_inside_body_is_masked_and_prose_kept() -> None:
    text = (
        f"{HEADLINE}\n{P1}\nAdvertisement\nDredging dispute\n{P2}\n"
        "Image caption, The old quay in winter\nHe declined to comment.\n"
        f"Share\n{P3}\n"
    )
    body = find_body(text)
    assert _masked_texts(text) == ["Advertisement", "Image caption, ", "Share"]
    assert [text[s:e] for s, e in body.nonprose] == [
        HEADLINE,
        "Dredging dispute",
        "The old quay in winter",
    ]
    assert (body.start, body.end) == _span(text, HEADLINE, P3)


def test_body_embedded_post_and_its_signature_are_masked() -> None:
    post = "UPDATE: The ferry to Gozo is cancelled until further notice. Check our site."
    signature = "Harbour Police (@harbourpolice) March 3, 2025"
    text = f"{HEADLINE}\n{P1}\n{post}\n{signature}\n{P2}\n"
    assert _masked_texts(text) == [post, signature]


def test_body_summary_box_is_masked_up_to_the_running_text() -> None:
    points = [
        "- The ferry to Gozo runs again from Monday.",
        "Fares rise by a tenth in June.",
    ]
    text = f"{HEADLINE}\n{P1}\nKey takeaways\n{points[0]}\n{points[1]}\n{P2}\n{P3}\n"
    assert _masked_texts(text) == ["Key takeaways", *points]


_RELEASE = (
    "VALLETTA, Malta, March 4, 2025 /Harbour Wire/ -- Acme Ferries Ltd. today announced a new "
    "route between Valletta and Catania, with daily sailings from June 2 and a crossing time of "
    "about three hours.\n"
    "The company said the route would use two new vessels built in Finland and would carry up "
    "to 900 passengers and 200 cars on each sailing in the summer months.\n"
    "\"This route brings the two islands closer than ever,\" said chief executive Ilse Varga.\n"
)
_ABOUT = (
    "Founded in 1998 in Valletta, Acme Ferries operates 14 vessels on routes across the central "
    "Mediterranean and employs about 1,200 people in Malta, Italy and Greece."
)


def test_body_press_release_ends_at_its_about_heading() -> None:
    text = f"{_RELEASE}About Acme Ferries\n{_ABOUT}\n"
    assert _masked_texts(text) == ["About Acme Ferries", _ABOUT]


def test_body_about_subhead_of_a_story_is_no_end() -> None:
    story = _RELEASE.replace(" /Harbour Wire/ --", " --")
    text = f"{story}About the route\n{_ABOUT}\n"
    assert _masked_texts(text) == []


def test_body_header_and_footer_are_masked_line_by_line() -> None:
    text = f"{HEADER}{HEADLINE}\n{P1}\n{P2}\n{FOOTER}"
    assert _masked_texts(text) == [
        *HEADER.splitlines(),
        *FOOTER.splitlines(),
    ]


def test_body_repeated_short_lines_are_masked() -> None:
    text = f"Harbour Post\n{HEADLINE}\n{P1}\nHarbour Post\n{P2}\n"
    assert _masked_texts(text) == ["Harbour Post", "Harbour Post"]


def test_body_run_of_title_lines_not_leading_into_prose_is_masked() -> None:
    text = (
        f"{HEADLINE}\n{P1}\n{P2}\nContainer ship runs aground in estuary fog\n"
        "Dock workers vote on new pay offer\nCanal reopens after three-week closure\n"
    )
    body = find_body(text)
    assert (body.start, body.end) == _span(text, HEADLINE, P2)
    assert len(body.furniture) == 3


def test_body_bulleted_list_inside_article_is_kept() -> None:
    text = f"{HEADLINE}\n{P1}\n- two new piers\n- a rail link\n- a customs hall\n{P2}\n"
    body = find_body(text)
    assert body.furniture == ()
    assert (body.start, body.end) == _span(text, HEADLINE, P2)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("", (0, 0)),
        ("Short note\nNo paragraph here\n", (0, 29)),
    ],
)
def test_body_text_without_prose_is_all_body(text: str, span: tuple[int, int]) -> None:
    body = find_body(text)
    assert (body.start, body.end) == span
    assert body.furniture == ()


def test_body_mask_keeps_length_and_line_ends() -> None:
    text = f"Sign in\r\n{HEADLINE}\r\n{P1}\r\nAdvertisement\r\n{P2}\r\n"
    masked = find_body(text).mask(text)
    assert len(masked) == len(text)
    assert masked.count("\r\n") == text.count("\r\n")
    assert masked.startswith("       \r\n" + HEADLINE)
    assert "Advertisement" not in masked and P2 in masked


def test_body_is_furniture_and_is_nonprose() -> None:
    text = f"Sign in\n{HEADLINE}\n{P1}\n{P2}\n"
    body = find_body(text)
    assert body.is_furniture(0, 4)
    assert not body.is_furniture(8, 12)
    assert body.is_nonprose(text.index("terminal"), text.index("terminal") + 8)
    assert not body.is_nonprose(text.index("Officials"), text.index("Officials") + 9)


def test_body_related_box_inside_article_is_masked() -> None:
    text = f"{HEADLINE}\n{P1}\n{STANDFIRST}\nRelated\nDock strike ends after a week\n{P2}\n{P3}\n"
    assert _masked_texts(text) == ["Related", "Dock strike ends after a week"]


def test_body_list_heading_before_the_article_keeps_its_headline() -> None:
    text = (
        f"Trending\nDock strike ends after a week\nCanal reopens to ships\n{HEADLINE}\n{P1}\n{P2}\n"
    )
    body = find_body(text)
    assert (body.start, body.end) == _span(text, HEADLINE, P2)
    assert _masked_texts(text) == [
        "Trending",
        "Dock strike ends after a week",
        "Canal reopens to ships",
    ]


def test_body_live_blog_times_inside_the_article_are_kept() -> None:
    text = f"12 May 2025, 08:00 GMT\n{HEADLINE}\n8:05 a.m.\n{P1}\n9:40 a.m.\n{P2}\n"
    body = find_body(text)
    assert (body.start, body.end) == _span(text, HEADLINE, P2)
    assert _masked_texts(text) == ["12 May 2025, 08:00 GMT"]
    assert [text[s:e] for s, e in body.nonprose] == [HEADLINE, "8:05 a.m.", "9:40 a.m."]


def test_body_live_blog_first_entry_time_is_kept_below_furniture() -> None:
    # the first entry's time sits under the page's own lines, not under a headline: it opens
    # the body, as the times of the entries below are in it
    text = f"Share this article\n\n18:42\n{P1}\n\n17:15\n{P2}\n"
    body = find_body(text)
    assert (body.start, body.end) == _span(text, "18:42", P2)
    assert [text[s:e] for s, e in body.nonprose] == ["18:42", "17:15"]
    # a date line above the first paragraph with no entry times below is the page's own
    text = f"Share this article\n\n12 May 2025, 18:42\n{P1}\n{P2}\n"
    assert find_body(text).start == text.index(P1)


def test_body_fact_box_after_the_last_paragraph_is_kept() -> None:
    box = "PORTUGAL:\nDead: 14\nInjured: 212\nSPAIN:\nDead: 3\nInjured: 40"
    text = f"{HEADLINE}\n{P1}\n{P2}\n\n{box}\n{FOOTER}"
    body = find_body(text)
    assert (body.start, body.end) == _span(text, HEADLINE, "Injured: 40")
    assert _masked_texts(text) == FOOTER.splitlines()


def test_body_fact_box_under_a_capitals_heading_with_bracketed_notes_is_kept() -> None:
    # "AT A GLANCE" has no colon but is a heading in capitals; a row may end on a note in
    # brackets ("(2 km)", "(state survey)") and is still a row of figures
    box = "AT A GLANCE\nLength of the dam: 1.2 mi (2 km)\nHeight: 90 m (state survey)"
    text = f"{HEADLINE}\n{P1}\n{P2}\n\n{box}\n{FOOTER}"
    body = find_body(text)
    assert (body.start, body.end) == _span(text, HEADLINE, "Height: 90 m (state survey)")
    assert _masked_texts(text) == FOOTER.splitlines()


def test_body_fact_box_of_labelled_facts_in_words_is_kept() -> None:
    # rows that label a fact in words with a figure among them are a fact box too; a tag
    # line with no figure and a link after the box are not the article's
    box = ("Key facts:\nRainfall: 96 mm fell in a day at the weir\nHomes evacuated: about 150\n"
           "Road shut: B1040 between Ashby and Kell\nTags: Flooding, Weather")
    text = f"{HEADLINE}\n{P1}\n{P2}\n\n{box}\n{FOOTER}"
    body = find_body(text)
    assert (body.start, body.end) == _span(text, HEADLINE, "between Ashby and Kell")
    assert _masked_texts(text) == ["Tags: Flooding, Weather", *FOOTER.splitlines()]
    # ... written as a plain-text list
    box = "Key facts:\n- Rainfall: 96 mm fell in a day\n- Homes evacuated: about 150"
    text = f"{HEADLINE}\n{P1}\n{P2}\n\n{box}\n{FOOTER}"
    assert find_body(text).end == text.index("about 150") + len("about 150")


def test_body_related_links_labelled_like_facts_are_no_fact_box() -> None:
    # headlines with a kicker and a figure under a related list's heading are links
    links = "Related stories\nLive: Flood warnings for 12 rivers\nAnalysis: Why 2024 was so wet\n"
    text = f"{HEADLINE}\n{P1}\n{P2}\n{links}"
    assert (find_body(text).start, find_body(text).end) == _span(text, HEADLINE, P2)


def test_body_dateline_with_double_dash_is_kept() -> None:
    text = f"Sign in\n{HEADLINE}\n\nLIMA (AP) --\n\n{P1}\n{P2}\n"
    body = find_body(text)
    assert (body.start, body.end) == _span(text, HEADLINE, P2)
    assert _masked_texts(text) == ["Sign in"]


def test_body_results_table_after_the_last_paragraph_is_kept() -> None:
    """A results table and a league table after the last paragraph are rows of data that
    close the report, as a fact box does: the body ends with the last row."""
    table = ("Results:\nArsenal 1 Leicester 1\nAston Villa 2 Derby County 0 (halftime 1-0)\n"
             "Standings:\nArsenal 5 3 2 0 9 3 11\nAston Villa 5 3 1 1 8 5 10\n")
    text = f"{HEADLINE}\n{P1}\n{P2}\n{table}Share this article\n"
    assert (find_body(text).start, find_body(text).end) == _span(text, HEADLINE, "8 5 10")


def test_body_scoreboard_after_the_last_paragraph_is_kept_as_prose() -> None:
    """Match results and a leaderboard, with short headings between their parts, close the
    report and are read as its text (a row is no headline); a share prompt after them is
    not the article's."""
    board = ("Men's singles\nGoran Ivanisevic ( Croatia ) beat Stefan Edberg ( Sweden ) 7-6(5) "
             "6-4\nWomen's singles\nSteffi Graf ( Germany ) beat Monica Seles ( U.S. ) 6-3 6-2\n"
             "Leaders:\n66 Phil Mickelson\n67 Greg Norman ( Australia ), Tom Lehman\n")
    text = f"{HEADLINE}\n{P1}\n{P2}\n{board}Share this article\n"
    body = find_body(text)
    assert (body.start, body.end) == _span(text, HEADLINE, "Tom Lehman")
    assert not body.is_nonprose(text.index("66 Phil"), text.index("Mickelson") + 9)
    assert body.is_nonprose(text.index("Men's"), text.index("Men's") + 13)


def test_body_batting_scorecard_is_a_table_read_as_prose() -> None:
    """A scorecard's rows ("R. Mendes b Tom Akers 61"), three or more short lines each closing
    on a figure, are a table, not headlines or a list of links: inside the story and after its
    last paragraph, they are read as its text."""
    card = ("Harlow innings\nR. Mendes b Tom Akers 61\nJ. Okafor c Lee Dunn b Tom Akers 12\n"
            "P. Sato not out 33\n")
    text = f"{HEADLINE}\n{P1}\n{P2}\n{card}Share this article\n"
    body = find_body(text)
    assert (body.start, body.end) == _span(text, HEADLINE, "not out 33")
    row = text.index("J. Okafor")
    assert not body.is_nonprose(row, text.index("\n", row))
    text = f"{HEADLINE}\n{P1}\n{card}{P2}\n"
    body = find_body(text)
    assert not body.is_nonprose(row := text.index("R. Mendes"), text.index("\n", row))


def test_body_headlines_closing_on_figures_after_the_article_are_no_table() -> None:
    """A page's links after the story whose headlines happen to close on a figure ("Storm toll
    climbs to 40") are no scorecard: the article ends with its last paragraph."""
    links = "Storm toll climbs to 40\nQuake death toll reaches 120\nFloods displace 3000\n"
    text = f"{HEADLINE}\n{P1}\n{P2}\n{links}"
    assert (find_body(text).start, find_body(text).end) == _span(text, HEADLINE, P2)


def test_body_leaderboard_between_paragraphs_is_a_table_read_as_prose() -> None:
    """Two rows or more of a leaderboard's shape ("203 Paul Brady, Dale Okon") between the
    story's paragraphs are a table's rows, read as its text; a headline above stays none."""
    board = "201 Colin Harte\n203 Paul Brady, Dale Okon\n"
    text = f"{HEADLINE}\n{P1}\n{board}{P2}\n"
    body = find_body(text)
    row = text.index("203 Paul")
    assert not body.is_nonprose(row, text.index("\n", row))
    assert body.is_nonprose(0, len(HEADLINE))


def test_body_numbered_list_of_links_after_the_article_is_no_table() -> None:
    """A page's numbered list of links after the story ("Most read", "1 Storm hits coast") is
    no scoreboard: it stays furniture."""
    links = ("Most read\n1 Storm hits coast as thousands flee\n2 Council votes to close the "
             "shelter\n3 Harbour strike ends after a week\n")
    text = f"{HEADLINE}\n{P1}\n{P2}\n{links}"
    assert (find_body(text).start, find_body(text).end) == _span(text, HEADLINE, P2)


def test_body_standings_with_headings_in_capitals_are_kept() -> None:
    """A league table closing the report: headings in capitals of up to six words, rows of a
    name and cells of counts, ratios and dashes."""
    table = ("EASTERN CONFERENCE\nW L PCT GB\nMIAMI 14 4 .778 -\nNEW YORK 10 6 .625 3\n"
             "ORLANDO 8 6 .571 4\n")
    text = f"{HEADLINE}\n{P1}\n{P2}\n{table}"
    assert (find_body(text).start, find_body(text).end) == _span(text, HEADLINE, ".571 4")


def test_body_headline_above_a_credit_line_is_kept_and_the_credit_is_none() -> None:
    """A credit line ("Harbour Wire Sep 18, 2013, 02.16PM IST") between the headline and the
    first paragraph is passed over: the headline opens the body; the name of who filed the
    story is a credit, no fact of it."""
    credit_line = "Harbour Wire Sep 18, 2013, 02.16PM IST"
    text = f"{HEADLINE}\n{credit_line}\n{P1}\n{P2}\n"
    body = find_body(text)
    assert (body.start, body.end) == _span(text, HEADLINE, P2)
    name = text.index("Harbour Wire")
    assert body.credits == ((name, name + len("Harbour Wire ")),)


def test_body_caption_credit_is_furniture_and_the_caption_nonprose() -> None:
    """A caption's closing credit is furniture left in the text (blanking it would change the
    parse of the next line); the caption's own words are a nonprose line."""
    caption = "Fishermen mend nets on the quay at dawn. REUTERS/Mara Quist"
    text = f"{HEADLINE}\n\n{P1}\n\n{caption}\n\n{P2}\n"
    body = find_body(text)
    credit = text.index("REUTERS")
    line_end = text.index("Quist") + len("Quist")
    assert body.credits == ((credit, line_end),)
    assert body.is_furniture(credit, credit + 7) and body.in_credit(line_end - 5, line_end)
    assert not body.is_furniture(text.index("Fishermen"), credit - 1)
    assert body.is_nonprose(text.index("Fishermen"), text.index("dawn."))
    assert body.mask(text) == text  # left for the parse
