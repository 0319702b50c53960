"""furniture.py on single lines: what each shared pattern flags, and what it must leave alone.

The same judgement serves the HTML cleaner (which drops the line) and the body finder (which
masks it), so each case here holds for both.
"""

from __future__ import annotations

import pytest

from extractor.furniture import (
    closing_credit,
    is_caption,
    is_furniture_line,
    is_hard_end,
    is_list_heading,
    is_metadata_row,
)
from extractor.lines import Line


@pytest.mark.parametrize(
    "text",
    [
        # production credits, several names in a byline, ad labels and pointers past them
        "Additional reporting by Omar Said in Cairo; editing by Tom Baird.",
        "By Ana Ruiz, Tom Lee, Omar Said and Mei Tan in Lisbon and Madrid for the weekend desk",
        "Sponsored content",
        "Article continues after this advertisement",
        "Scroll to continue with content",
        # link prompts, with a site's or a section's name after "More from"
        "More from Harbour Weekly: Dock strike ends after a week",
        "Filed under: Ports, Shipping",
        "Don't miss: Dock strike ends after a week",
        "Next article: Ferry fares rise in spring",
        "Now playing",
        # contact lines and an author's bio
        "For advertising enquiries contact us at ads@harbour.example",
        "Advertise with the Harbour Post! Call Dan at 555-214-0199.",
        "Newsroom: (020) 7946 0321",
        "Send us your photos and videos",
        "Ilse Varga is a freelance writer who covers shipping from Rotterdam.",
        # notes about the story: contributors, updates, where it first ran, its author's
        # address, a readers' appeal
        "The Associated Press contributed to this report.",
        "Reporter Tom Baird in Valletta contributed reporting.",
        "This story has been updated to include comment from Mayor Ilse Varga.",
        "This article was originally published by the Harbour Post on March 2, 2025.",
        "The post Dock strike ends after a week appeared first on Harbour Weekly.",
        "This article appears in the March 2025 issue of Harbour Monthly.",
        "Tom Baird can be reached at tbaird@harbour.example or on 555-0100.",
        "Ilse Varga can be reached by email through the newsroom's contact page.",
        "Our journalism is funded by readers. Give £5 a month to support local reporting.",
        "Editor's note: Ilse Varga is the sister of Harbour Weekly's editor.",
        "This article is more than 2 years old",
        "Supported by the Marsh Trust, which funds local journalism in the county.",
        # prompts: two prompt phrases, a site asking for followers, an appeal with an address
        "Want more stories like this? Sign up for our weekly shipping newsletter.",
        "Like this article? Share it with a friend in Valletta.",
        "For more news from the islands, visit our homepage.",
        "You can read our full coverage of the strike here.",
        "This content is not available due to your privacy preferences. Update your settings here.",
        "Follow Harbour Weekly on Facebook and X for the latest news from the port.",
        "If you were affected by the strike, contact our reporter Tom Baird at tb@harbour.example.",
        # a long bio that tells its author's career; an embedded post's signature
        "Ilse Varga is Harbour Weekly's shipping and ports reporter, funded by a national "
        "partnership. She has covered the port since 2017 and previously reported from Malta for "
        "five years.",
        "— Tom Baird (@tombaird) February 16, 2025",
        # a timestamp too long for a label, but no sentence
        "Updated at 12:48 PM on Friday after the ministry issued a second statement",
        # share bar, buttons, bare symbols, Markdown list marks around a prompt
        "FACEBOOK.",
        "Print",
        "--",
        "- Share on LinkedIn",
        "**Sign up for our newsletter**",
        # a tip box's heading and its long appeal with an address; a blog's disclaimer; a
        # local site's sign-up line
        "We want to hear from you",
        "Do you have a tip about the harbour dredging or the new ferry timetable? We want to "
        "hear from you. Email reporter Ilse Varga at tips@harbour.example or call 555-0187.",
        "The views expressed in this post are the author's own.",
        "Find out what's happening in Harbourside with free, real-time updates from Portly.",
        # a newsletter's appeal longer than other furniture, with two prompts' words
        "Never miss a story — sign up for the Harbour Post's free daily newsletter to stay up to "
        "date on the best of what the Post has to offer, from court news to the ferry timetable.",
        # notes about the story: a translation, closed comments, a court-reporting notice,
        # prints for sale, accessible formats; a request for followers on a network
        "This article was translated from the Spanish original. Read the original.",
        "Comments have been disabled on this story for legal reasons.",
        "Legal notice: This report is a fair and accurate account of proceedings in open court. "
        "Readers must not post comments that could prejudice the trial of the accused.",
        "Prints of these photographs are available from the Harbour Post shop.",
        "This document can be provided upon request in an alternative format. Call 555-0100.",
        "Join the Harbour Post's WhatsApp channel for the latest ferry news.",
        # a correction's note; a bio by the author's beat, short or telling a career; a print
        # note that quotes the print headline; tip lines; a members' appeal; a live blog's
        # refresh notice; a post's signature without its dash
        "An earlier version of this story gave the wrong time for the ferry's departure.",
        "Ilse Varga covers the port for The Harbour Post.",
        "Ilse Varga writes about shipping for the Harbour Post. She joined the paper in 2018 from "
        "its Valletta bureau and has reported from ports around the Mediterranean since then.",
        "A version of this article appears in print on March 3, 2025, with the headline “Dock "
        "strike ends.”",
        "Have a news tip? Text us at 555-0100 or email tips@harbour.example.",
        "Got a tip? Call us at 555-0100.",
        "Got a story? Contact our newsdesk at desk@harbour.example or call 555 0100.",
        "Our reporting depends on readers like you. If you value it, become a member from £4 a "
        "month and get the weekend edition free with every membership this spring.",
        "Refresh the page for the latest updates",
        "Harbour Police (@harbourpolice) March 3, 2025",
        # amendments and corrections, view counts, affiliate and funding notes, a sponsor's
        # label, a reader poll's question and tally
        "This article was amended on 4 March 2025 to correct the name of the ferry.",
        "This story corrects the ferry's departure time in paragraph 2.",
        "This story has been viewed 4,210 times.",
        "Some links in our travel guide are affiliate links; we may earn a small commission.",
        "The Harbour Post is a nonprofit newsroom. Sponsors have no say in our coverage.",
        "Presented by Valletta Savings Bank",
        "SPONSORED BY Harbour Marine Insurance",
        "Do you support the new ferry fares?",
        "Has your street been affected by the flooding?",
        "1,204 votes · Poll closes at midnight",
        # a table's phrase written with a curly apostrophe; a newsletter's greeting, sponsor and
        # sign-off; a release distributor's disclaimer
        "The views expressed are the author’s own and do not reflect those of the Harbour Post.",
        "Don’t miss: Ferry fares rise in spring",
        "Good morning, Valletta!",
        "Today’s edition is brought to you by Harbour Marine — 10% off all life jackets.",
        "That’s it for today! Got a tip or a photo of the harbour? Just hit reply.",
        "Distributed by Harbour Wire. Harbour Wire is not responsible for the content of this "
        "release.",
    ],
)
def test_furniture_lines_flagged(text: str) -> None:
    assert is_furniture_line(Line.of(text))


@pytest.mark.parametrize(
    "text",
    [
        # datelines carry an agency in brackets and must stay
        "LIMA (AP) --",
        "NICOSIA, August 8 (Xinhua) --",
        "LISBON, March 4 (Reuters) -",
        # article sentences that share a furniture word
        "The report, compiled by the ministry, said 40 people had died in the floods.",
        "Copyright lawyers for the publisher said the case would go to appeal in June.",
        "Contact between the two navies was lost for about an hour, officials said.",
        "Advertising revenue at the broadcaster fell by a fifth last year.",
        # "can be reached by" a deadline is prose; only an address or a phone makes it a note
        "Both sides hope a deal can be reached by Friday night, a union negotiator said, and "
        "talks resume in the morning. For Harbour Radio, I'm Tom Baird at the port.",
        "Kyiv / Moscow talks resume",
        "The union said the update to the pay report contributed to the strike's end.",
        "Officials could not be reached for comment on Tuesday, the agency said.",
        # a paragraph about a journalist, not a bio; sharing and following in the news
        "Ilse Varga is a reporter for the Harbour Post who has been detained in Ruritania since "
        "March on charges that she, her employer and the government deny. She was moved to a "
        "prison on Monday.",
        "He refused to share it with investigators, the court heard.",
        "Follow-up checks on the ferry found no further damage, the coastguard said.",
        # captions are not furniture: their words are the article's
        "Firefighters at the scene in Athens on Tuesday. REUTERS/Jane Doe",
        "Image caption, Residents queue for water in the city",
        "May 3, 2013 | 8:20 am",
        # an article line that names an address is no appeal; finding out is news
        "Investigators said the threats were sent from an account registered to "
        "info@harbour.example, a shipping firm that closed in 2019 after a tax inquiry.",
        "Find the missing trawler, the minister told the coastguard on Monday.",
        "More than 4,000 residents have signed up for the council's flood alerts since the storm, "
        "and officials said the list would warn homeowners along the river before the next tide.",
        # following someone on a network, closing public comment: news
        "Follow the minister on X, where she posts daily updates on the talks and the vote.",
        "The comments are closed, the mayor said of the town meeting, which ended early.",
        # covering a cost for someone; a tip line or a story note inside a speaker's quote
        "Lena Ortiz covers the rent for her mother, who lost her job in May.",
        "Medicare covers most costs for Americans over 65, the report said.",
        "“Call us at any hour,” the harbour master told skippers on Monday.",
        "“This article appears in every guide to the port,” the mayor said of the 1998 study.",
        # a question the story asks of itself; votes in an election; a sponsor named in a
        # sentence
        "Can the ferry survive another winter?",
        "The measure passed with 2,087 votes to 1,950 on Tuesday, the clerk said.",
        # two groups of digits are years or a score, and a long line with a telephone number
        # is the story's own appeal
        "He ran the port authority from 1998-2004 and again in 2009.",
        "Police asked anyone who saw the van on the coast road near the harbour on Monday night "
        "to call them on 0161 496 0728.",
        "The concert was presented by the city orchestra in the cathedral on Saturday.",
        "Sponsored by the council, the festival drew 4,000 people to the harbour on Saturday.",
        # a live blog's welcome is its first entry
        "Good morning and welcome to our coverage of the ferry strike, now in its third day.",
    ],
)
def test_furniture_lines_kept(text: str) -> None:
    assert not is_furniture_line(Line.of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Firefighters at the scene in Athens on Tuesday. REUTERS/Jane Doe", True),
        ("Rescue boats off the coast near Crete. Photo: Jo Smith/AFP", True),
        ("Firefighters at the scene. (AP Photo/Jo Smith)", True),
        ("Image caption, Residents queue for water in the city", True),
        ("Caption: Residents queue for water in the city", True),
        ("Captions on the footage were later corrected by the broadcaster.", False),
        ("LIMA (AP) --", False),
        ('"We are ready," she told AFP on Monday in Lima, after the vote. REUTERS/Jo Smith', False),
    ],
)
def test_furniture_is_caption(text: str, expected: bool) -> None:
    assert is_caption(Line.of(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sofie Lindqvist · Copenhagen · 4 min read", True),
        ("Ana Ruiz | Lisbon", True),
        ("Shipping | Officials said the ferry would sail again on Monday.", False),
    ],
)
def test_furniture_metadata_row(text: str, expected: bool) -> None:
    assert is_metadata_row(Line.of(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("© 2025 The Harbour Post", True),
        ("Copyright Harbour Media Group", True),
        ("Copyright 2024 by the Associated Press", True),
        ("We use cookies to improve your experience.", True),
        ("Copyright lawyers for the publisher said the case would go to appeal.", False),
        ("The bakery's cookies sold out by noon, the owner said.", False),
    ],
)
def test_furniture_is_hard_end(text: str, expected: bool) -> None:
    assert is_hard_end(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Most read", True),
        ("## Related stories", True),
        ("More from Europe:", True),
        ("Related talks ended without a deal.", False),
    ],
)
def test_furniture_is_list_heading(text: str, expected: bool) -> None:
    assert is_list_heading(Line.of(text)) is expected


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Divers search the harbour on Friday. REUTERS/Mara Quist", "REUTERS/Mara Quist"),
        ("Divers in the harbour. Photo: Ben Osei/Coast Herald", "Photo: Ben Osei/Coast Herald"),
        ("Two ministers meet in Valdora [Ines Moura/Pool via AFP]", "[Ines Moura/Pool via AFP]"),
        ("Trawlers tied up in the harbour (AP Photo/Ines Moura)", "(AP Photo/Ines Moura)"),
        ("Trawlers in the harbour [File: Ines Moura/Reuters]", "[File: Ines Moura/Reuters]"),
        # no credit: a poll's name, a unit in brackets, a dateline's agency, a credit alone
        ("Support for the port plan grows, a Reuters/Ipsos poll finds", None),
        ("Gusts reached 120 km/h (75 mph) on the coast", None),
        ("Trawlers stay in port (Reuters)", None),
        ("REUTERS/Mara Quist", None),
    ],
)
def test_furniture_closing_credit(text: str, credit: str | None) -> None:
    """The credit at a caption line's end starts where its words stop; the caption stays."""
    start = closing_credit(text)
    assert (text[start:] if start is not None else None) == credit
