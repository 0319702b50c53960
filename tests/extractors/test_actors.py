"""Actors: exact actor sets on invented passages, one phenomenon or a few per passage.

Each expected actor is (name, type, aliases, roles, affiliation, country_code, mentions), the
mentions as (start, end, text), in the order of the records (first mention).
"""

from __future__ import annotations

import pytest

from extractor import Extractor
from extractor.extractors.actors import find_actor, tables
from extractor.records import Actor

CASES = [
    pytest.param(
        (
            "US Secretary of State Karen Holt met South Korean Foreign Minister Park Min-jun in "
            "Seoul on Tuesday. Holt said Washington stood with its ally. Park said the talks were "
            "useful."
        ),
        [
            (
                "United States",
                "country",
                ["US", "Washington"],
                [],
                None,
                "USA",
                [(0, 2, "US"), (111, 121, "Washington")],
            ),
            (
                "Karen Holt",
                "person",
                ["Holt"],
                ["Secretary of State"],
                "United States",
                "USA",
                [(22, 32, "Karen Holt"), (101, 105, "Holt")],
            ),
            (
                "Park Min-jun",
                "person",
                ["Park"],
                ["Foreign Minister"],
                "South Korea",
                "KOR",
                [(67, 79, "Park Min-jun"), (143, 147, "Park")],
            ),
        ],
        id="titles-short-forms",
    ),
    pytest.param(
        (
            "Japan's then-prime minister Kenji Watanabe joined acting President Lee Hyun-woo at "
            "the summit. Lee's office said in a statement that the meeting went well."
        ),
        [
            ("Japan", "country", [], [], None, "JPN", [(0, 5, "Japan")]),
            (
                "Kenji Watanabe",
                "person",
                [],
                ["then-prime minister"],
                "Japan",
                "JPN",
                [(28, 42, "Kenji Watanabe")],
            ),
            (
                "Lee Hyun-woo",
                "person",
                ["Lee"],
                ["acting President"],
                None,
                None,
                [(67, 79, "Lee Hyun-woo"), (95, 98, "Lee")],
            ),
            (
                "Lee Hyun-woo's office",
                "organization",
                ["Lee's office"],
                [],
                "Lee Hyun-woo",
                None,
                [(95, 107, "Lee's office")],
            ),
        ],
        id="possessive-then-acting-office",
    ),
    # an office a title owns, with no name after the title, is named with its owner; two
    # titles' offices are two actors, and "the office" is the last one named
    pytest.param(
        "Roads were closed, the sheriff's office said. The district attorney's office declined "
        "to comment. The office said later that no charges had been filed.",
        [
            ("sheriff's office", "organization", [], [], None, None,
             [(23, 39, "sheriff's office")]),
            ("district attorney's office", "organization", ["office"], [], None, None,
             [(50, 76, "district attorney's office"), (102, 108, "office")]),
        ],
        id="office-of-a-title",
    ),
    pytest.param(
        (
            "Reuters' Tom Baker, reporting from Kyiv, said the shelling stopped. Olga Petrenko, "
            "the foreign minister of Ukraine, said Moscow intends to attack again. President "
            "Daniel Okoro of Nigeria did not comment."
        ),
        [
            ("Reuters", "organization", [], [], None, None, [(0, 7, "Reuters")]),
            ("Tom Baker", "person", [], [], "Reuters", None, [(9, 18, "Tom Baker")]),
            (
                "Olga Petrenko",
                "person",
                [],
                ["foreign minister"],
                "Ukraine",
                "UKR",
                [(68, 81, "Olga Petrenko")],
            ),
            ("Ukraine", "country", [], [], None, "UKR", [(107, 114, "Ukraine")]),
            ("Russia", "country", ["Moscow"], [], None, "RUS", [(121, 127, "Moscow")]),
            ("Daniel Okoro", "person", [], ["President"], None, None, [(163, 175, "Daniel Okoro")]),
            ("Nigeria", "country", [], [], None, "NGA", [(179, 186, "Nigeria")]),
        ],
        id="appositives-media-capitals",
    ),
    pytest.param(
        (
            "Pyongyang fired a missile on Monday. Washington's top envoy called it a violation. "
            "Officials in Seoul said the DPRK had fired two more. North Korea has tested many "
            "missiles, and the United States and the UK condemned them."
        ),
        [
            (
                "North Korea",
                "country",
                ["Pyongyang", "DPRK"],
                [],
                None,
                "PRK",
                [(0, 9, "Pyongyang"), (111, 115, "DPRK"), (136, 147, "North Korea")],
            ),
            (
                "United States",
                "country",
                ["Washington"],
                [],
                None,
                "USA",
                [(37, 47, "Washington"), (182, 195, "United States")],
            ),
            ("Officials", "group", [], [], None, None, [(83, 92, "Officials")]),
            ("United Kingdom", "country", ["UK"], [], None, "GBR", [(204, 206, "UK")]),
        ],
        id="capitals-acronyms-groups",
    ),
    pytest.param(
        (
            "Japan's Ministry of Defense said the rocket fell at sea. A State Department "
            "statement said the US would respond. South Korea's military said it was watching. "
            "The military said more launches were likely. South Korean legislators voted to "
            "extend the law. Investigators said they had sought a warrant."
        ),
        [
            ("Japan", "country", [], [], None, "JPN", [(0, 5, "Japan")]),
            (
                "Japan's Ministry of Defense",
                "organization",
                ["Ministry of Defense"],
                [],
                "Japan",
                "JPN",
                [(8, 27, "Ministry of Defense")],
            ),
            (
                "State Department",
                "organization",
                [],
                [],
                "United States",
                "USA",
                [(59, 75, "State Department")],
            ),
            ("United States", "country", ["US"], [], None, "USA", [(95, 97, "US")]),
            ("South Korea", "country", [], [], None, "KOR", [(113, 124, "South Korea")]),
            (
                "South Korea's military",
                "group",
                ["military"],
                [],
                "South Korea",
                "KOR",
                [(113, 135, "South Korea's military"), (162, 170, "military")],
            ),
            (
                "South Korean legislators",
                "group",
                [],
                [],
                "South Korea",
                "KOR",
                [(203, 227, "South Korean legislators")],
            ),
            ("Investigators", "group", [], [], None, None, [(253, 266, "Investigators")]),
        ],
        id="organisations-and-groups",
    ),
    pytest.param(
        (
            "At 03:00 GMT on Monday, the coast guard said 300 people had been rescued near Crete. "
            "The French delegation left Geneva on Friday."
        ),
        [
            ("coast guard", "group", [], [], None, None, [(28, 39, "coast guard")]),
        ],
        id="not-actors",
    ),
    pytest.param(
        (
            "Britain, the Netherlands and Ivory Coast signed the accord with Vietnam and Laos in "
            "Hanoi."
        ),
        [
            ("United Kingdom", "country", ["Britain"], [], None, "GBR", [(0, 7, "Britain")]),
            ("Netherlands", "country", [], [], None, "NLD", [(13, 24, "Netherlands")]),
            ("Ivory Coast", "country", [], [], None, "CIV", [(29, 40, "Ivory Coast")]),
            ("Vietnam", "country", [], [], None, "VNM", [(64, 71, "Vietnam")]),
            ("Laos", "country", [], [], None, "LAO", [(76, 80, "Laos")]),
        ],
        id="press-country-names",
    ),
    pytest.param(
        (
            "Wildfire Forces Evacuations Near Athens\n\nA wildfire forced hundreds of people from "
            "their homes near Athens on Sunday. A powerful storm hit the coast of Vietnam on "
            "Wednesday, killing at least 14 people. Deputy Prime Minister Tran Van Minh visited "
            "the area on Thursday. Minh said Hanoi would send troops to help clear the debris.\n"
        ),
        [
            (
                "Vietnam",
                "country",
                ["Hanoi"],
                [],
                None,
                "VNM",
                [(152, 159, "Vietnam"), (278, 283, "Hanoi")],
            ),
            (
                "Tran Van Minh",
                "person",
                ["Minh"],
                ["Deputy Prime Minister"],
                None,
                None,
                [(224, 237, "Tran Van Minh"), (268, 272, "Minh")],
            ),
        ],
        id="headline-words",
    ),
    pytest.param(
        (
            "The Chinese Foreign Ministry said on Friday that the U.S. Army had left. The "
            "ministry said the decision was welcome. The Korean Broadcasting System (KBS) "
            "reported the news, and KBS said more was expected."
        ),
        [
            (
                "Chinese Foreign Ministry",
                "organization",
                ["Foreign Ministry", "ministry"],
                [],
                "China",
                "CHN",
                [(12, 28, "Foreign Ministry"), (77, 85, "ministry")],
            ),
            ("United States", "country", ["U.S."], [], None, "USA", [(53, 57, "U.S.")]),
            ("U.S. Army", "organization", ["Army"], [], "United States", "USA", [(58, 62, "Army")]),
            (
                "Korean Broadcasting System",
                "organization",
                ["KBS"],
                [],
                None,
                None,
                [(121, 147, "Korean Broadcasting System"), (149, 152, "KBS"), (177, 180, "KBS")],
            ),
        ],
        id="institutions-acronyms",
    ),
    pytest.param(
        (
            "Maria Lopez won the vote in Santiago on Sunday. Lopez said the result was fair. Her "
            "rival, Jorge Ruiz, said he had lost. Ruiz and Lopez met later, according to aides."
        ),
        [
            (
                "Maria Lopez",
                "person",
                ["Lopez"],
                [],
                None,
                None,
                [(0, 11, "Maria Lopez"), (48, 53, "Lopez"), (130, 135, "Lopez")],
            ),
            (
                "Jorge Ruiz",
                "person",
                ["Ruiz"],
                [],
                None,
                None,
                [(91, 101, "Jorge Ruiz"), (121, 125, "Ruiz")],
            ),
        ],
        id="surnames",
    ),
    pytest.param(
        (
            "Rescuers worked near Bologna and Ravenna on Sunday. Critics said the response was "
            "slow. Protesters gathered outside the town hall."
        ),
        [
            ("Critics", "group", [], [], None, None, [(52, 59, "Critics")]),
        ],
        id="listed-places-and-speakers",
    ),
    # a party's members and a people named in the plural act as groups; a count of them
    # ("12 Israelis were hurt") is people counted, no group acting
    pytest.param(
        "Republicans said the plan was dead, but Senate Democrats blocked it anyway.",
        [
            ("Republicans", "group", [], [], None, None, [(0, 11, "Republicans")]),
            ("Senate", "organization", [], [], None, None, [(40, 46, "Senate")]),
            ("Democrats", "group", [], [], None, None, [(47, 56, "Democrats")]),
        ],
        id="named-groups-of-parties",
    ),
    pytest.param(
        "Palestinians marched in Ramallah on Friday, and 12 Israelis were hurt.",
        [("Palestinians", "group", [], [], "Palestine", "PSE", [(0, 12, "Palestinians")])],
        id="named-group-of-a-people",
    ),
    # a full name NER misses after a lowercase title in prose is a person
    pytest.param(
        '"Safety has to come first," said councillor Gwen Price, who represents the ward.',
        [("Gwen Price", "person", [], ["councillor"], None, None, [(44, 54, "Gwen Price")])],
        id="name-after-a-lowercase-title",
    ),
    # a company named later without its legal form is the same company
    pytest.param(
        "Shares of Norvik Holdings fell on Monday. Norvik said sales were weak.",
        [
            (
                "Norvik Holdings",
                "organization",
                ["Norvik"],
                [],
                None,
                None,
                [(10, 25, "Norvik Holdings"), (42, 48, "Norvik")],
            )
        ],
        id="company-without-its-legal-form",
    ),
    # ... or without its business word, in the story that names it in full
    pytest.param(
        "Shares in Ostara Motors fell on Monday. Ostara said sales in Asia were weak.",
        [
            (
                "Ostara Motors",
                "organization",
                ["Ostara"],
                [],
                None,
                None,
                [(10, 23, "Ostara Motors"), (40, 46, "Ostara")],
            )
        ],
        id="company-without-its-business-word",
    ),
    # an organisation named later by the last word of its name is the same one, unless that
    # word alone names another body ("the House" is no "White House")
    pytest.param(
        "The European Commission fined the firm on Monday. The Commission said the fine was "
        "fair.",
        [("European Commission", "organization", ["Commission"], [], None, None,
          [(4, 23, "European Commission"), (54, 64, "Commission")])],
        id="organisation-by-its-last-word",
    ),
    pytest.param(
        "The White House said the bill was dead. The House passed it anyway on Friday.",
        [
            ("White House", "organization", [], [], "United States", "USA",
             [(4, 15, "White House")]),
            ("House", "organization", [], [], None, None, [(44, 49, "House")]),
        ],
        id="the-house-is-no-white-house",
    ),
    # a company's short name NER took for a person is the company's, where no person bears it
    pytest.param(
        "Bellwood Homes Ltd won the contract. Bellwood said work would start soon.",
        [("Bellwood Homes Ltd", "organization", ["Bellwood"], [], None, None,
          [(0, 18, "Bellwood Homes Ltd"), (37, 45, "Bellwood")])],
        id="company-short-name-ner-called-a-person",
    ),
    # a wire service named in the story is an organisation; its dateline credit is no mention
    pytest.param(
        "TOKYO, March 5 (Kato Wire) - The central bank kept rates on hold on Tuesday.\n\n"
        "Economists polled by Kato Wire last week expected a rise in April.\n",
        [("Kato Wire", "organization", [], [], None, None, [(99, 108, "Kato Wire")])],
        id="wire-service-named-in-its-story",
    ),
    # a company's noun before a name NER took for a product makes it the company's name
    pytest.param(
        "The shipping company Tarvik Freight was fined $2 million on Friday. Tarvik said it "
        "would appeal.",
        [
            ("Tarvik Freight", "organization", ["Tarvik"], [], None, None,
             [(21, 35, "Tarvik Freight"), (68, 74, "Tarvik")]),
        ],
        id="company-named-after-its-noun",
    ),
    pytest.param(
        "Regulators fined the food company Dalberg Foods, and Dalberg said it would appeal.",
        [
            ("Dalberg Foods", "organization", ["Dalberg"], [], None, None,
             [(34, 47, "Dalberg Foods"), (53, 60, "Dalberg")]),
        ],
        id="company-without-its-business-word-foods",
    ),
    # a name left a country's is the full name's own: "Japan" is the country
    pytest.param(
        "Shares in Japan Airlines rose. Japan has cut fees at Tokyo airports.",
        [
            ("Japan Airlines", "organization", [], [], "Japan", "JPN",
             [(10, 24, "Japan Airlines")]),
            ("Japan", "country", [], [], None, "JPN", [(31, 36, "Japan")]),
        ],
        id="company-whose-short-name-would-be-a-country",
    ),
    pytest.param(
        "Brightwater Group Holding Ltd said profit rose. Brightwater also said it would buy "
        "back shares.",
        [
            (
                "Brightwater Group Holding Ltd",
                "organization",
                ["Brightwater"],
                [],
                None,
                None,
                [(0, 29, "Brightwater Group Holding Ltd"), (48, 59, "Brightwater")],
            )
        ],
        id="company-without-several-legal-forms",
    ),
    # a person's name may hold a nickname in quote marks
    pytest.param(
        'Prosecutors said Joaquín "El Chapo" Guzmán ran the cartel.',
        [
            ("Prosecutors", "group", [], [], None, None, [(0, 11, "Prosecutors")]),
            (
                'Joaquín "El Chapo" Guzmán',
                "person",
                [],
                [],
                None,
                None,
                [(17, 42, 'Joaquín "El Chapo" Guzmán')],
            ),
        ],
        id="nickname-in-quote-marks",
    ),
    # NER stops a name at its particles and calls the rest a place: one person
    pytest.param(
        "Commission President Greta von der Hoeven said the plan would work.",
        [
            (
                "Greta von der Hoeven",
                "person",
                [],
                ["President"],
                None,
                None,
                [(21, 41, "Greta von der Hoeven")],
            )
        ],
        id="surname-after-particles",
    ),
    # NER runs a title-case headline's name on into its verb: the name the story writes
    pytest.param(
        "Joanna Pike Quits Parliament Over Expenses Row\n\nThe MP Joanna Pike resigned from "
        "Parliament on Tuesday.",
        [
            ("Joanna Pike", "person", [], ["MP"], None, None,
             [(0, 11, "Joanna Pike"), (55, 66, "Joanna Pike")]),
            ("Parliament", "organization", [], [], None, None, [(81, 91, "Parliament")]),
        ],
        id="headline-name-run-on",
    ),
    # a title naming its department after "of the", right before the name, is the role
    pytest.param(
        "Secretary of the Interior Dana Whitlow said the rule would stand.",
        [("Dana Whitlow", "person", [], ["Secretary of the Interior"], None, None,
          [(26, 38, "Dana Whitlow")])],
        id="title-of-the-department",
    ),
    # a leader's name before the body under them is one organisation, not the person
    pytest.param(
        "The Carter administration dropped the rule in 1979. Jimmy Carter later said it cost "
        "jobs.",
        [
            ("Carter administration", "organization", [], [], None, None,
             [(4, 25, "Carter administration")]),
            ("Jimmy Carter", "person", [], [], None, None, [(52, 64, "Jimmy Carter")]),
        ],
        id="leader-body-administration",
    ),
    pytest.param(
        "The Assad regime denied it, and the Okafor campaign said nothing.",
        [
            ("Assad regime", "organization", [], [], None, None, [(4, 16, "Assad regime")]),
            ("Okafor campaign", "organization", [], [], None, None,
             [(36, 51, "Okafor campaign")]),
        ],
        id="leader-body-regime-campaign",
    ),
    # a capitalised plural right before a player's position and a name is the player's team
    pytest.param(
        "Falcons quarterback Eli Morrow signed a new deal.",
        [
            ("Falcons", "organization", [], [], None, None, [(0, 7, "Falcons")]),
            ("Eli Morrow", "person", [], ["quarterback"], "Falcons", None,
             [(20, 30, "Eli Morrow")]),
        ],
        id="team-before-position",
    ),
    pytest.param(
        "Rovers defensive end Luka Brandt was injured on Saturday.",
        [
            ("Rovers", "organization", [], [], None, None, [(0, 6, "Rovers")]),
            ("Luka Brandt", "person", [], ["defensive end"], "Rovers", None,
             [(21, 32, "Luka Brandt")]),
        ],
        id="team-before-two-word-position",
    ),
    # a headline in capitals: a name the story writes is kept ("SPAIN", another writing of
    # Spain), a word it writes in lowercase is none ("QUALIFIER", NER's place)
    pytest.param(
        "FOOTBALL - NORWAY HOLD SPAIN TO DRAW IN QUALIFIER .\n\nNorway held Spain to a 1-1 "
        "draw in a World Cup qualifier on Sunday , the coach said .\n",
        [
            ("Norway", "country", ["NORWAY"], [], None, "NOR",
             [(11, 17, "NORWAY"), (53, 59, "Norway")]),
            ("Spain", "country", ["SPAIN"], [], None, "ESP",
             [(23, 28, "SPAIN"), (65, 70, "Spain")]),
        ],
        id="headline-in-capitals",
    ),
    # ... and a team's name there is the team's mention, not its name run on into the verb
    pytest.param(
        "DENVER DEFEATS OAKLAND 3-1 IN PLAYOFF\nDenver beat Oakland 3-1 on Friday, the coach "
        "said.\n",
        [
            ("Denver", "organization", ["DENVER"], [], None, None,
             [(0, 6, "DENVER"), (38, 44, "Denver")]),
            ("Oakland", "organization", ["OAKLAND"], [], None, None,
             [(15, 22, "OAKLAND"), (50, 57, "Oakland")]),
        ],
        id="team-in-headline-in-capitals",
    ),
    # a surname in a headline in capitals is the person the story names; a position opening
    # the sentence before the name is the role, no organisation
    pytest.param(
        "REYES ARRESTED ON SUSPICION OF DRUNKEN DRIVING .\n\nLinebacker Tomas Reyes was "
        "arrested early Sunday , police said .\n",
        [
            ("Tomas Reyes", "person", ["REYES"], ["Linebacker"], None, None,
             [(0, 5, "REYES"), (61, 72, "Tomas Reyes")]),
            ("police", "group", [], [], None, None, [(101, 107, "police")]),
        ],
        id="surname-in-capitals-and-position-opening",
    ),
    # a batting position opening the sentence is the player's role
    pytest.param(
        "Opener Ravi Dassan made 52 before he was caught at slip.",
        [("Ravi Dassan", "person", [], ["Opener"], None, None, [(7, 18, "Ravi Dassan")])],
        id="batting-position-opening",
    ),
    # a nationality before the nouns that describe a company is the company's country
    pytest.param(
        "German carmaker Volkswagen said on Tuesday it would close a plant.",
        [("Volkswagen", "organization", [], [], "Germany", "DEU", [(16, 26, "Volkswagen")])],
        id="nationality-of-described-company",
    ),
    pytest.param(
        "The Norwegian ferry operator Fjordline cancelled sailings.",
        [("Fjordline", "organization", [], [], "Norway", "NOR", [(29, 38, "Fjordline")])],
        id="nationality-over-two-nouns",
    ),
]


HEADLINE_WITH_PREPOSITION = (
    "Pike Checks into Clinic, Rehires Lawyer\n"
    "After she walked out of a treatment centre in Leeds on Monday, Joanna Pike has checked into "
    "the Halden Clinic in Harrogate.\n"
    "Pike has also re-hired her lawyer, Sam Orde.\n"
)


@pytest.fixture(scope="module")
def actor_extractor(nlp) -> Extractor:
    return Extractor(nlp=nlp, kinds=("actor",))


def actors_of(extractor: Extractor, text: str) -> list[Actor]:
    return [r for r in extractor.extract(text) if isinstance(r, Actor)]


def summary(actor: Actor) -> tuple:
    mentions = [(m.start, m.end, m.text) for m in actor.mentions]
    return (
        actor.name,
        actor.type,
        actor.aliases,
        actor.roles,
        actor.affiliation,
        actor.country_code,
        mentions,
    )


@pytest.mark.parametrize("text, expected", CASES)
def test_actors_exact_set(actor_extractor: Extractor, text: str, expected: list[tuple]) -> None:
    actors = actors_of(actor_extractor, text)
    assert [summary(a) for a in actors] == expected


@pytest.mark.parametrize("text, expected", CASES)
def test_actors_records_are_consistent(
    actor_extractor: Extractor, text: str, expected: list[tuple]
) -> None:
    actors = actors_of(actor_extractor, text)
    assert [a.id for a in actors] == [f"A{i}" for i in range(1, len(actors) + 1)]
    for actor in actors:
        first = actor.mentions[0]
        assert (actor.start, actor.end, actor.text) == (first.start, first.end, first.text)
        assert all(text[m.start : m.end] == m.text for m in actor.mentions)
        assert [m.start for m in actor.mentions] == sorted(m.start for m in actor.mentions)
        assert actor.name not in actor.aliases
        assert actor.rule
        assert actor.sentence is not None


@pytest.mark.parametrize(
    "text, name, rule_part",
    [
        (
            "Pyongyang fired a missile on Monday, and Seoul said it was watching.",
            "North Korea",
            "capital-as-government",
        ),
        (
            "Moscow intends to share the technology, officials said.",
            "Russia",
            "capital-as-government",
        ),
        (
            "US Secretary of State Karen Holt met Park in Seoul. Holt said little.",
            "Karen Holt",
            "ner",
        ),
        # a word in capitals NER leaves untagged that acts: an organisation's acronym
        (
            "Trains were cancelled, and LNER advised passengers not to travel.",
            "LNER",
            "acting-acronym",
        ),
    ],
)
def test_actors_rule_names(actor_extractor: Extractor, text: str, name: str, rule_part: str):
    actor = next(a for a in actors_of(actor_extractor, text) if a.name == name)
    assert rule_part in actor.rule.split("+")


@pytest.mark.parametrize(
    "text, absent",
    [
        ("The launch came at about noon (03:00 GMT) on Monday, the military said.", "GMT"),
        ("US Secretary of State Karen Holt arrived in Seoul on Monday.", "State"),
        ("The South Korean delegation met on Monday in Geneva.", "South Korean"),
        ("The pro-US candidate won 300 votes on March 3 in Geneva.", "US"),
        # a headline's first word, capitalised by its place, that the story never names
        (
            "Ferry service to resume after storm damage\n\nSailings between the islands will "
            "resume on Wednesday, the operator said.",
            "Ferry",
        ),
        # ... nor names but where a sentence opens, after a dateline's dash
        (
            "Ferry service to resume after storm damage\n\nKIRKWALL — Ferry sailings between "
            "the islands will resume on Wednesday after repairs to the pier, the operator said "
            "on Monday.",
            "Ferry",
        ),
        # ... nor after an agency's dateline, where NER calls the common noun a person
        (
            "Ferry service to resume after storm damage\n\nOBAN, Scotland, Feb 12 (Reuters) - "
            "Ferry sailings between Oban and Craignure will resume on Friday, the operator "
            "CalMac said on Wednesday.",
            "Ferry",
        ),
        # a plural noun NER calls a name where it opens a sentence, written nowhere else
        (
            "Fares will rise in April.\n\nCommuters will pay up to $1.10 more per trip, the "
            "operator said.",
            "Commuters",
        ),
        # a plural NER calls a nationality that is neither a people nor a party: a team
        ("The Titans beat the visitors on Sunday.", "Titans"),
        # a plural opening a quote, a people, a surname: no teams though the story is a game's
        (
            '"Boys kept fighting," the coach said after the 24-17 win over the Raptors.',
            "Boys",
        ),
        (
            "Drew Combs threw for 300 yards as the Raptors beat the Stallions 24-17. Combs also "
            "ran for a touchdown.",
            "Combs",
        ),
        # a word in capitals for a thing, as a verb's subject, is no acronym of an actor
        ("GDP rose 2% in the second quarter, figures showed.", "GDP"),
        ("COVID spread quickly through the care home.", "COVID"),
        # a disease NER calls an organisation
        ("The COVID-19 outbreak closed the care home for a month.", "COVID-19"),
        # the agency a dateline credits filed the story and acts in none of it
        ("OSLO, May 4 (Reuters) - Norway's central bank held rates on Thursday.", "Reuters"),
        ("BERN (AP) -- Swiss voters rejected the plan on Sunday.", "AP"),
        # a law's or treaty's name is no actor, whatever type NER gives it
        ("Parliament passed the Coastal Wildlife Protection Act on Tuesday.",
         "Coastal Wildlife Protection Act"),
        ("The First Amendment protects the paper, its lawyer said.", "First Amendment"),
        # a competition NER calls an organisation
        ("Tom Vale won the Alpine Classic Trophy in March.", "Alpine Classic Trophy"),
        # words in capitals for things in sport
        ("Berg won by TKO in the fifth round and was named MVP.", "TKO"),
        ("Berg won by TKO in the fifth round and was named MVP.", "MVP"),
        ("The Saints placed running back Dan Hale on IR on Wednesday.", "IR"),
        # a headline styled with lowercase prepositions: its words are no names by their capitals
        (HEADLINE_WITH_PREPOSITION, "Rehires"),
        (HEADLINE_WITH_PREPOSITION, "Pike Checks into Clinic"),
    ],
)
def test_actors_not_actors(actor_extractor: Extractor, text: str, absent: str) -> None:
    texts = {m.text for a in actors_of(actor_extractor, text) for m in a.mentions}
    assert absent not in texts


@pytest.mark.parametrize(
    "text, name",
    [
        # a plural opening a sentence stays an actor as a people or a name the story writes
        # inside a sentence
        ("Turkmens go to the polls on Sunday.", "Turkmens"),
        # an acronym opening a sentence is a name, whatever the tagger calls it
        ("Both sides had agreed to a short truce. RSF commander Ibrahim Daglo accused the army "
         "of breaking it.", "RSF"),
        ("Cheeks was fired on Saturday. The team said coach Maurice Cheeks had lost the room.",
         "Maurice Cheeks"),
    ],
)
def test_actors_name_at_sentence_opening_kept(
    actor_extractor: Extractor, text: str, name: str
) -> None:
    names = {a.name for a in actors_of(actor_extractor, text)}
    assert name in names


def test_actors_capital_in_place_is_no_actor(actor_extractor: Extractor) -> None:
    text = "Officials in Seoul said Seoul had strengthened its vigilance."
    by_name = {a.name: a for a in actors_of(actor_extractor, text)}
    assert "Seoul" not in by_name  # "in Seoul" is a place (tests/extractors/test_places.py)
    assert by_name["South Korea"].type == "country"
    assert [(m.start, m.end) for m in by_name["South Korea"].mentions] == [(24, 29)]


def test_actors_nothing_from_page_furniture(actor_extractor: Extractor) -> None:
    text = (
        "Sign up for the Reuters newsletter\n"
        "Follow us on Facebook and Twitter\n"
        "Ministers meet in Vienna to discuss the gas deal\n\n"
        "Austrian Energy Minister Lena Huber met her Slovak counterpart in Vienna on Monday "
        "to discuss gas supplies for the coming winter, her ministry said.\n\n"
        "Huber said the talks had gone well and that both sides wanted a deal before March.\n\n"
        "Sign up for the Reuters newsletter\n"
        "Related stories\n"
    )
    actors = actors_of(actor_extractor, text)
    body_start = text.index("Ministers meet")
    body_end = text.index("Sign up", body_start)
    assert all(body_start <= m.start < body_end for a in actors for m in a.mentions)
    assert "Reuters" not in {a.name for a in actors}
    huber = next(a for a in actors if a.name == "Lena Huber")
    assert (huber.roles, huber.affiliation, huber.country_code) == (
        ["Energy Minister"],
        "Austria",
        "AUT",
    )


FIND_TEXT = (
    "Japan's then-prime minister Kenji Watanabe joined acting President Lee Hyun-woo at the "
    "summit. Lee's office said in a statement that the meeting went well."
)


@pytest.mark.parametrize(
    "start, end, name",
    [
        (95, 107, "Lee Hyun-woo's office"),  # "Lee's office": the office, not the person
        (95, 98, "Lee Hyun-woo"),  # "Lee"
        (67, 79, "Lee Hyun-woo"),
        (28, 42, "Kenji Watanabe"),
        (0, 5, "Japan"),
        (0, 27, "Japan"),  # "Japan's then-prime minister": only Japan is named there
        (108, 112, None),  # "said"
    ],
)
def test_find_actor(actor_extractor: Extractor, start: int, end: int, name: str | None) -> None:
    actors = actors_of(actor_extractor, FIND_TEXT)
    found = find_actor(actors, start, end)
    assert (found.name if found else None) == name


def test_actors_matchers_built_once_and_pipeline_untouched(actor_extractor: Extractor) -> None:
    nlp = actor_extractor.nlp
    names = list(nlp.pipe_names)
    first = tables.matchers(nlp.vocab)
    actors_of(actor_extractor, FIND_TEXT)
    assert tables.matchers(nlp.vocab) is first
    assert nlp.pipe_names == names


@pytest.mark.parametrize(
    "text, name, type_, rule_part",
    [
        (
            "Growers from both São Tomé and Príncipe sold cocoa.",
            "São Tomé and Príncipe",
            "country",
            "gazetteer",
        ),
        # organisations NER typed as people
        (
            "Regulators approved the route on Monday, and the operator, Jens Borg Lines, plans a "
            "sailing.",
            "Jens Borg Lines",
            "organization",
            "org-word",
        ),
        (
            "Brisa Verde, a regional carrier, said fares would rise.",
            "Brisa Verde",
            "organization",
            "org-apposition",
        ),
        # kept as NER typed them
        ("The firm, Smith said, will appeal the ruling.", "Smith", "organization", "ner"),
        (
            "Deliveries missed the average estimate of 449,080, according to data compiled by "
            "LSEG.",
            "LSEG",
            "organization",
            "acronym",
        ),
        (
            "The regulator, Halvorsen, fined the bank $2 million.",
            "Halvorsen",
            "organization",
            "org-apposition",
        ),
        (
            "The carmaker, Ostara, recalled 30,000 vehicles.",
            "Ostara",
            "organization",
            "org-apposition",
        ),
        ("Talks between Hamas and Fatah resumed in Cairo.", "Hamas", "organization", "ner"),
        # in a game report, a capitalised plural written inside a sentence is a team, which NER
        # leaves untagged or calls a person
        (
            "Quarterback Sam Reyes threw three touchdowns as the Raptors beat the Stallions "
            "24-17 on Sunday.",
            "Stallions",
            "organization",
            "team",
        ),
        # ... but a people in the plural stays a group
        (
            "Israelis cheered as the Raptors beat the Stallions 24-17 in Tel Aviv.",
            "Israelis",
            "group",
            "named-group",
        ),
        # where the analysts quoted work
        (
            "Analysts at Peel Hunt said the cuts had been expected.",
            "Peel Hunt",
            "organization",
            "workplace",
        ),
        # whose the title is, before a title and a person's name
        (
            "Blackburn manager Ray Harford said he was delighted with the deal.",
            "Blackburn",
            "organization",
            "employer",
        ),
        # ... but a surname the text gives with a first name is the person's
        (
            "Dana Whitby won the vote. Whitby spokesman Carl Moss said the count was fair.",
            "Dana Whitby",
            "person",
            "ner",
        ),
        # a place's body NER typed as the place
        (
            "West Yorkshire Police said the investigation had been complex.",
            "West Yorkshire Police",
            "organization",
            "org-word",
        ),
        # people NER typed as organisations: a name followed by an age, or set off after a
        # noun of family ...
        (
            "Darren Holt, 34, of Bramley, admitted manslaughter at Leeds Crown Court.",
            "Darren Holt",
            "person",
            "person-apposition",
        ),
        (
            "The guard's daughter, Grace, said outside court that justice had been done.",
            "Grace",
            "person",
            "person-apposition",
        ),
        # ... or set off after a one-word title at the sentence's end
        (
            '"We cannot wait," said the council leader, Marion Hale.',
            "Marion Hale",
            "person",
            "person-apposition",
        ),
        ("Hundreds protested outside Parliament on Tuesday.", "Parliament", "organization", "ner"),
        # a name before a built place's noun stays a person where the text shows the person,
        # and an organisation there is the building's owner
        (
            "Dr. Anya Marlow said the Marlow hospital would stay open.",
            "Anya Marlow",
            "person",
            "ner",
        ),
        ("Families sheltered in a UN school on Sunday.", "UN", "organization", "ner"),
        # a person who speaks is a person, whatever her name ends in
        ("Penny Lane said the vote was close.", "Penny Lane", "person", "ner"),
        # a town's fire service is named by its town: no person "Marlow"
        ("Crews from Marlow Fire arrived within minutes, officials said.", "Marlow Fire",
         "organization", "org-word"),
        (
            "Analysts at Morgan Stanley said the fine was small.",
            "Morgan Stanley",
            "organization",
            "ner",
        ),
    ],
)
def test_actors_typed_by_context(
    actor_extractor: Extractor, text: str, name: str, type_: str, rule_part: str
) -> None:
    actors = [a for a in actors_of(actor_extractor, text) if a.name == name]
    assert [(a.type, rule_part in a.rule.split("+")) for a in actors] == [(type_, True)]


@pytest.mark.parametrize(
    "text, name, roles, affiliation, code",
    [
        (
            "Malawian Transport Secretary Chikondi Banda said the road would open in May.",
            "Chikondi Banda",
            ["Transport Secretary"],
            "Malawi",
            "MWI",
        ),
        (
            "Tanzanian Works Minister Neema Mushi said talks would begin.",
            "Neema Mushi",
            ["Works Minister"],
            "Tanzania",
            "TZA",
        ),
        (
            "Culture Minister Rui Tavares Pinto opened the fair.",
            "Rui Tavares Pinto",
            ["Culture Minister"],
            None,
            None,
        ),
        (
            "The United Nations appealed for funds on Monday. Speaking in Geneva, UN refugee "
            "coordinator Astrid Lund said aid was short.",
            "Astrid Lund",
            ["refugee coordinator"],
            "United Nations",
            None,
        ),
        (
            "Researchers led by volcanologist Marco Ferri measured the crater.",
            "Marco Ferri",
            ["volcanologist"],
            None,
            None,
        ),
        (
            "The fair opened on Friday.\n\nPlantation owner Marta Lopes said prices had doubled.",
            "Marta Lopes",
            ["Plantation owner"],
            None,
            None,
        ),
        (
            "The mining union leader Bwalya Phiri said the talks failed.",
            "Bwalya Phiri",
            ["mining union leader"],
            None,
            None,
        ),
        (
            "The boat was found adrift, navy spokesman Commander Amadou Ba said.",
            "Amadou Ba",
            ["spokesman", "Commander"],
            None,
            None,
        ),
        (
            "Kenya's Minister of Water Affairs, Joseph Mwangi, told reporters the dam was safe.",
            "Joseph Mwangi",
            ["Minister of Water Affairs"],
            "Kenya",
            "KEN",
        ),
        # a title after the name that opens with a modifier's word is whole; a country before
        # the title is whose it is
        (
            "Tom Hale, the chief executive of Orvane, said sales rose.",
            "Tom Hale",
            ["chief executive"],
            "Orvane",
            None,
        ),
        (
            "Marta Lind, the Sweden coach, named her squad on Monday.",
            "Marta Lind",
            ["coach"],
            "Sweden",
            "SWE",
        ),
        (
            "Majority Leader Ada Quist called the bill a stunt.",
            "Ada Quist",
            ["Majority Leader"],
            None,
            None,
        ),
        (
            "The race ended on Sunday. Her coach, Tomas Berg, said the plan was to rest.",
            "Tomas Berg",
            ["coach"],
            None,
            None,
        ),
        # a courtesy title between the role and the name is neither
        (
            '"If the poll is right, this is a historic night," said polling expert Sir John '
            "Curtis.",
            "John Curtis",
            ["polling expert"],
            None,
            None,
        ),
        # a player's position opening the sentence is his role, no part of his name
        (
            "Striker Tom Ellis scored twice in the second half.",
            "Tom Ellis",
            ["Striker"],
            None,
            None,
        ),
        (
            "The visitors' goalkeeper, Anna Varga, saved a penalty.",
            "Anna Varga",
            ["goalkeeper"],
            None,
            None,
        ),
        # a plural noun before the title belongs to it ("operations director"), and the
        # possessor before both is the affiliation
        (
            "\"Our crews worked through the night,\" said Calmar Ferries' operations "
            "director, Fiona Reid.",
            "Fiona Reid",
            ["operations director"],
            "Calmar Ferries",
            None,
        ),
        # a person's name NER ran into an organisation after the post: the person
        (
            "Pine County Sheriff Curtis Brand said the evacuation zone now extends 2 miles "
            "east of Highway 93.",
            "Curtis Brand",
            ["County Sheriff"],
            None,
            None,
        ),
        # abbreviated titles, which the tokenizer keeps whole only as news writes them
        (
            "Several senators, including Sen. Dora Whitlock of Maine, opposed the bill.",
            "Dora Whitlock",
            ["Sen."],
            None,
            None,
        ),
        (
            "Lt. Gov. Amos Reyna signed the order on Friday.",
            "Amos Reyna",
            ["Lt. Gov."],
            None,
            None,
        ),
        (
            "Maj. Gen. Ilse Brandt told reporters the drills would go on.",
            "Ilse Brandt",
            ["Maj. Gen."],
            None,
            None,
        ),
        # a commissioner is a title, as a minister is
        (
            "EU Trade Commissioner Anna Lindqvist said the talks would resume.",
            "Anna Lindqvist",
            ["Trade Commissioner"],
            "EU",
            None,
        ),
        (
            "Police Commissioner Dale Ruiz said the march would go ahead.",
            "Dale Ruiz",
            ["Police Commissioner"],
            None,
            None,
        ),
    ],
)
def test_actors_roles_with_departments_and_role_nouns(
    actor_extractor: Extractor,
    text: str,
    name: str,
    roles: list[str],
    affiliation: str | None,
    code: str | None,
) -> None:
    actor = next(a for a in actors_of(actor_extractor, text) if a.name == name)
    assert (actor.type, actor.roles, actor.affiliation, actor.country_code) == (
        "person",
        roles,
        affiliation,
        code,
    )


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Officials tracked Typhoon Haikui as it crossed the strait.", "Haikui"),
        ("Schools shut on Monday as Cyclone Freddy neared Beira.", "Freddy"),
        ("Malawian Transport Secretary Chikondi Banda said the road would open.", "Transport"),
        ("Tanzanian Works Minister Neema Mushi said talks would begin.", "Works"),
        ("Tanzanian Works Minister Neema Mushi said talks would begin.", "Tanzanian"),
        ("Kenya's Minister of Water Affairs, Joseph Mwangi, said the dam was safe.", "Water"),
        # a holiday named after a person is a date
        ("Markets were closed for the Martin Luther King Jr. holiday.", "Martin"),
    ],
)
def test_actors_storms_and_role_words_are_not_actors(
    actor_extractor: Extractor, text: str, absent: str
) -> None:
    names = {m.text for a in actors_of(actor_extractor, text) for m in a.mentions}
    assert not any(absent in n for n in names)


def test_actors_possessed_organisation_does_not_absorb_an_earlier_bare_one(
    actor_extractor: Extractor,
) -> None:
    text = (
        "The jet entered the zone at noon, the Defence Ministry said. Later, Norway's Defence "
        "Ministry denied it. The ministry added that talks would follow."
    )
    orgs = [
        (a.name, a.affiliation, [m.text for m in a.mentions])
        for a in actor_extractor.extract(text)[:-1]
        if a.kind == "actor" and a.type == "organization"
    ]
    assert orgs == [
        ("Defence Ministry", None, ["Defence Ministry"]),
        ("Norway's Defence Ministry", "Norway", ["Defence Ministry", "ministry"]),
    ]


def test_actors_accented_country_names_match_at_both_ends_of_a_long_text(
    actor_extractor: Extractor,
) -> None:
    """Names the gazetteer writes without accents are matched around each accented word,
    however far apart, up to the document's first and last words."""
    middle = "The ministers met again. " * 40
    text = f"São Tomé and Príncipe signed. {middle}The deal covers São Tomé and Príncipe"
    (country,) = [a for a in actors_of(actor_extractor, text) if a.type == "country"]
    assert country.country_code == "STP"
    second = text.rindex("São")
    assert [(m.start, m.end) for m in country.mentions] == [(0, 21), (second, second + 21)]


@pytest.mark.parametrize(
    ("tokens", "reach", "n", "expected"),
    [
        ([], 3, 10, []),
        ([5], 2, 10, [(3, 8)]),  # 5 +- 2
        ([0, 9], 2, 10, [(0, 3), (7, 10)]),  # clipped at the document's ends
        ([2, 6], 2, 20, [(0, 9)]),  # (0, 5) and (4, 9) overlap: merged
        ([2, 7], 2, 20, [(0, 10)]),  # (0, 5) and (5, 10) touch: merged all the same
    ],
)
def test_actors_folded_stretches_cover_every_name_through_a_changed_word(
    tokens: list[int], reach: int, n: int, expected: list[tuple[int, int]]
) -> None:
    from extractor.extractors.actors.state import _stretches

    assert _stretches(tokens, reach, n) == expected


def test_actors_headline_surname_before_its_verb_is_the_person(
    actor_extractor: Extractor,
) -> None:
    # NER runs "Pike" on into the headline's verb; the story names Joanna Pike: her surname
    pike = [a for a in actors_of(actor_extractor, HEADLINE_WITH_PREPOSITION)
            if a.name == "Joanna Pike"]
    assert [(a.type, [(m.start, m.end, m.text) for m in a.mentions]) for a in pike] == [
        ("person", [(0, 4, "Pike"), (103, 114, "Joanna Pike"), (164, 168, "Pike")])
    ]


def test_actors_nationality_run_into_a_persons_name(actor_extractor: Extractor) -> None:
    # NER reads "the Ethiopian Tirunesh Alemu" as one organisation; she is the runner "Alemu"
    text = ("The Kenyan Grace Mwangi won the race on Sunday, ahead of the Ethiopian Tirunesh "
            "Alemu. Alemu said she was tired.")
    found = [(a.name, a.type, [(m.start, m.end) for m in a.mentions])
             for a in actors_of(actor_extractor, text)]
    assert ("Tirunesh Alemu", "person", [(71, 85), (87, 92)]) in found
    assert not [name for name, _, _ in found if "Ethiopian" in name]


def test_actors_name_ner_calls_an_organisation_by_a_surname_it_calls_a_person(
    actor_extractor: Extractor,
) -> None:
    # NER: "Calloway Reed" an organisation, "Reed" a person: one person, two mentions
    text = ("Calloway Reed threw three touchdowns on Sunday. Reed said afterwards that the team "
            "had grown.")
    found = [(a.name, a.type, [(m.start, m.end) for m in a.mentions])
             for a in actors_of(actor_extractor, text)]
    assert found == [("Calloway Reed", "person", [(0, 13), (48, 52)])]


def test_actors_name_ner_calls_an_organisation_by_a_surname_that_speaks(
    actor_extractor: Extractor,
) -> None:
    # NER: "Lindsay Davenport 6-3 6-4" an organisation, "Davenport" alone a place and an
    # organisation; the surname says something ("Davenport said"): a person, and every
    # "Davenport" of the story is hers, the headline's in capitals too
    text = ("TENNIS - SELES BEATS DAVENPORT IN MONTREAL FINAL.\n\nMONTREAL 1996-08-25\n\n"
            "Top seed Monica Seles of the United States beat Lindsay Davenport 6-3 6-4 in the "
            "final of the Canadian Open on Sunday. Seles, who lost to Steffi Graf in the "
            "Wimbledon final last year, broke Davenport's serve twice in each set.\n\n"
            "\"I felt good today,\" Seles told reporters. Davenport said the heat in Montreal "
            "had bothered her.\n")
    (davenport,) = [a for a in actors_of(actor_extractor, text) if "Davenport" in a.name]
    assert davenport.name == "Lindsay Davenport" and davenport.type == "person"
    assert [m.text for m in davenport.mentions] == [
        "DAVENPORT", "Lindsay Davenport", "Davenport", "Davenport"]
    assert [m.start for m in davenport.mentions] == [
        text.index("DAVENPORT"), text.index("Lindsay"), text.index("Davenport's"),
        text.index("Davenport said")]


def test_actors_first_name_of_a_full_name_written_only_in_capitals_joins_it(
    actor_extractor: Extractor,
) -> None:
    # a transcript writes its host's name in capitals only, and the reporter calls her by her
    # first name: one person
    text = ("MARA KELLING, host: The storm has passed, and the clean-up has begun.\n\n"
            "REPORTER: Mara, crews worked through the night to clear the roads.\n\n"
            "KELLING: How long will it take?\n")
    (mara,) = [a for a in actors_of(actor_extractor, text) if "M" in a.name[:1]]
    assert mara.type == "person"
    assert [(m.start, m.text) for m in mara.mentions] == [
        (0, "MARA KELLING"), (text.index("Mara,"), "Mara"), (text.index("KELLING:"), "KELLING")]


def test_actors_acronym_written_again_is_a_mention(actor_extractor: Extractor) -> None:
    """An acronym NER tags once is the organisation wherever it is written again, NER's
    misses too ("lock OVC out")."""
    text = (
        "Orvan Corp (OVC) said on Monday it would buy the graphics maker Lumex. The deal could "
        "lock OVC out of the console market, and analysts said OVC paid too much."
    )
    (ovc,) = [a for a in actors_of(actor_extractor, text) if a.name == "OVC"]
    assert ovc.type == "organization"
    assert [(m.start, m.end, m.text) for m in ovc.mentions] == [
        (12, 15, "OVC"), (91, 94, "OVC"), (140, 143, "OVC")
    ]


def test_actors_first_and_last_name_side_by_side_are_one_mention(
    actor_extractor: Extractor,
) -> None:
    """NER misses "Wladislav Kravets" in the headline and at the lead's start; the surname it
    tags elsewhere finds him, and the first and last name side by side are one mention, not
    two."""
    text = (
        "Kravets vs Moore II Results: Wladislav Kravets Cruises Again, Wins in Six\n\n"
        "Wladislav Kravets won his 12th straight fight today, defending the heavyweight title "
        "against Tony Moore, stopping the 38-year-old in the sixth round.\n\n"
        "Kravets (40-2, 31 KO) hurt Moore with a right hand early.\n"
    )
    (kravets,) = [a for a in actors_of(actor_extractor, text) if "Kravets" in a.name]
    assert [(m.start, m.end, m.text) for m in kravets.mentions] == [
        (0, 7, "Kravets"), (29, 46, "Wladislav Kravets"), (75, 92, "Wladislav Kravets")
    ]


def test_actors_given_name_with_an_apostrophe_opens_the_name(actor_extractor: Extractor) -> None:
    """NER leaves "Ka'Loni" out of "Ka'Loni Marie Flynn": a capitalised word with an
    apostrophe between capitals, right before the name, is its first word."""
    text = ("Prosecutors say Simpson shot Ka'Loni Marie Flynn after an argument. Police said "
            "Mo'Nique Dale Harper was arrested.")
    found = [(a.name, [(m.start, m.end) for m in a.mentions])
             for a in actors_of(actor_extractor, text) if "'" in a.name]
    assert found == [("Ka'Loni Marie Flynn", [(29, 48)]), ("Mo'Nique Dale Harper", [(80, 100)])]


def test_actors_results_table_lines_name_two_clubs(actor_extractor: Extractor) -> None:
    """A results line ("Aston Villa 2 Derby County 0") names two clubs, whatever NER makes of
    it; the same names in the report are the clubs too, not people or towns."""
    text = (
        "Everton slipped to fourth after losing 2-0 at Southampton on Saturday, and Leicester "
        "held the leaders to a draw.\n\n"
        "Results:\n\n"
        "Arsenal 1 Leicester 1\n"
        "Southampton 2 Everton 0\n"
        "Aston Villa 2 Derby County 0\n"
    )
    found = {(a.name, a.type) for a in actors_of(actor_extractor, text)}
    assert found == {
        ("Everton", "organization"), ("Southampton", "organization"),
        ("Leicester", "organization"), ("Arsenal", "organization"),
        ("Aston Villa", "organization"), ("Derby County", "organization"),
    }
    (villa,) = [a for a in actors_of(actor_extractor, text) if a.name == "Aston Villa"]
    assert [(m.start, m.end, m.text) for m in villa.mentions] == [(170, 181, "Aston Villa")]


def test_actors_scoreboard_rank_is_no_part_of_a_name(actor_extractor: Extractor) -> None:
    """A leaderboard closing the report is read as its text, and a score before a name ("67
    Greg Norman") is no part of it."""
    text = ("Greg Norman and Tom Lehman shared second place after the first round on Thursday."
            "\n\nLeading scores:\n66 Phil Mickelson\n67 Greg Norman ( Australia ), Tom Lehman\n")
    found = {a.name: [(m.start, m.end) for m in a.mentions]
             for a in actors_of(actor_extractor, text) if a.type == "person"}
    assert found["Greg Norman"] == [(0, 11), (120, 131)]
    assert "Phil Mickelson" in found


def test_actors_score_is_no_part_of_a_name(actor_extractor: Extractor) -> None:
    """A result's score after a player's name ("Maria Oldfield 7-6 (7-5) 6-2"), which NER runs
    on, ends no name."""
    text = "Fourth seed Lena Varga beat Maria Oldfield 7-6 (7-5) 6-2 on Friday."
    found = sorted((m.start, m.end, m.text) for a in actors_of(actor_extractor, text)
                   for m in a.mentions)
    assert found == [(12, 22, "Lena Varga"), (28, 42, "Maria Oldfield")]


def test_actors_story_names_found_again_in_a_headline_in_capitals(
    actor_extractor: Extractor,
) -> None:
    """A headline in capitals writes the story's names in capitals, which NER misses: a
    person's surname and a club's name there are their mentions; a word the story also writes
    in lowercase ("PRICE", "price") is a common word, whoever is called by it."""
    text = ("RIVERA HITS CENTURY AS NORTHGATE BEAT ELMWOOD.\n\nLEEDS 1996-08-30\n\n"
            "Tom Rivera scored an unbeaten 104 as Northgate beat Elmwood by six wickets on "
            "Friday.")
    found = {a.name: [(m.start, m.end, m.text) for m in a.mentions]
             for a in actors_of(actor_extractor, text)}
    assert found["Tom Rivera"] == [(0, 6, "RIVERA"), (66, 76, "Tom Rivera")]
    assert found["Northgate"] == [(23, 32, "NORTHGATE"), (103, 112, "Northgate")]
    text = ("OIL PRICE SLIPS ON SUPPLY FEARS.\n\nOil fell on Monday, Dana Price, an analyst at "
            "Harlow Bank, said the price would rise again.")
    found = {a.name: [(m.start, m.end, m.text) for m in a.mentions]
             for a in actors_of(actor_extractor, text)}
    assert found["Dana Price"] == [(54, 64, "Dana Price")]


def test_actors_name_ner_ran_on_in_a_headline_in_capitals_ends_as_the_story_writes_it(
    actor_extractor: Extractor,
) -> None:
    """NER's one person "WALKER HOLDS SEAT" in a headline in capitals is "WALKER", the surname
    the story writes, and the person's; no organisation's acronym."""
    text = "WALKER HOLDS SEAT.\n\nAnn Walker held the seat on Friday."
    found = [(a.name, a.type, [(m.start, m.end, m.text) for m in a.mentions])
             for a in actors_of(actor_extractor, text)]
    assert found == [("Ann Walker", "person", [(0, 6, "WALKER"), (20, 30, "Ann Walker")])]


def test_actors_full_name_in_capitals_and_surname_ner_calls_a_nationality(
    actor_extractor: Extractor,
) -> None:
    """A headline's full name in capitals is the person the story names in ordinary case (one
    actor, named as the story writes it), and a surname NER calls a nationality ("champion
    Melikian") is theirs too."""
    text = ("TOM MELIKIAN KEEPS HIS BELT\n\nTom Melikian won the title on Saturday. The "
            "36-year-old champion Melikian floored his rival twice.")
    people = [(a.name, [(m.start, m.end, m.text) for m in a.mentions])
              for a in actors_of(actor_extractor, text) if a.type == "person"]
    assert people == [("Tom Melikian", [(0, 12, "TOM MELIKIAN"), (29, 41, "Tom Melikian"),
                                         (94, 102, "Melikian")])]


def test_actors_scorecard_rows_name_people(actor_extractor: Extractor) -> None:
    """A scorecard closing the report names its players, by an initial and a surname too
    ("J. Okafor", NER's organisation; "P. Sato", NER's place)."""
    text = ("Harlow beat Denton by 40 runs on Sunday to win the county title.\n\nHarlow innings"
            "\n\nR. Mendes b Tom Akers 61\nJ. Okafor c Lee Dunn b Tom Akers 12\n"
            "P. Sato not out 33\n")
    people = [(a.name, [(m.start, m.end) for m in a.mentions])
              for a in actors_of(actor_extractor, text) if a.type == "person"]
    assert people == [("R. Mendes", [(82, 91)]), ("Tom Akers", [(94, 103), (130, 139)]),
                      ("J. Okafor", [(107, 116)]), ("Lee Dunn", [(119, 127)]),
                      ("P. Sato", [(143, 150)])]
    # a bowler named in the story: NER's "Perera" and the surname step's "Saqlain", side by
    # side in a row, are one mention; "Saqlain Perera 61" ends before the runs
    text = ("Harlow beat Denton by 40 runs on Sunday, with Saqlain Perera taking four wickets."
            "\n\nHarlow innings\n\nR. Mendes b Saqlain Perera 61\nJ. Okafor c Lee Dunn b "
            "Saqlain Perera 12\nP. Sato not out 33\n")
    bowler = next(a for a in actors_of(actor_extractor, text) if a.name == "Saqlain Perera")
    assert [(m.start, m.end) for m in bowler.mentions] == [(46, 60), (111, 125), (152, 166)]


def test_actors_match_summary_names_teams_and_scorers(actor_extractor: Extractor) -> None:
    """A match summary's line gives each team's score with its scorers in brackets: the teams
    are clubs, the scorers people (their surname particles with them), the report's labels
    "Halftime" and "Attendance" nobody."""
    text = ("Summary of first division matches played on Sunday:\n\nHarlow Rovers 3 (Mendes 12, "
            "de Vries 40, Akers 77 pen) Denton Town 1 (Van Oost 55). Halftime 2-0. "
            "Attendance 18,000.\n")
    found = [(a.name, a.type, [(m.start, m.end) for m in a.mentions])
             for a in actors_of(actor_extractor, text)]
    assert found == [
        ("Harlow Rovers", "organization", [(53, 66)]),
        ("Mendes", "person", [(70, 76)]),
        ("de Vries", "person", [(81, 89)]),
        ("Akers", "person", [(94, 99)]),
        ("Denton Town", "organization", [(108, 119)]),
        ("Van Oost", "person", [(123, 131)]),
    ]


def test_actors_leaderboard_inside_the_story_names_its_players(
    actor_extractor: Extractor,
) -> None:
    """A leaderboard between the story's paragraphs is a table, not a run of headlines: every
    name on it is a person, written again in prose or not."""
    text = ("Leading scores after the third round on Sunday:\n\n201 Colin Harte\n203 Paul Brady, "
            "Dale Okon\n205 Ian Ruddock (Wales)\n\nHarte, who shot a 66, said: \"I putted well "
            "all day.\"\n")
    people = {a.name for a in actors_of(actor_extractor, text) if a.type == "person"}
    assert {"Colin Harte", "Paul Brady", "Dale Okon"} <= people


def test_actors_club_name_ner_calls_a_person_is_the_club(actor_extractor: Extractor) -> None:
    """A one-word club name that plays in one sentence and is NER's person in the next ("for
    Wigan, whose coach") is the club there too."""
    text = ("Wigan beat Castleford 30-12 on Wednesday. Dan Ross scored two tries for Wigan, "
            "whose coach Joe Kent praised the defence.")
    found = {(a.name, a.type): [(m.start, m.end) for m in a.mentions]
             for a in actors_of(actor_extractor, text)}
    assert found[("Wigan", "organization")] == [(0, 5), (72, 77)]
    assert ("Wigan", "person") not in found


def test_actors_countries_in_a_headline_in_capitals(actor_extractor: Extractor) -> None:
    """A wire archive's headline in capitals names countries as the story does; they are its
    mentions, the name written as the country's."""
    text = ("SOCCER - KENYA GET LUCKY WIN , GHANA IN SURPRISE DEFEAT .\n\n"
            "NAIROBI , Kenya 1996-12-06\n\n"
            "Kenya began the defence of their title with a lucky 2-1 win on Friday , while Ghana "
            "crashed to a surprise 2-0 defeat .\n")
    found = {a.name: [m.text for m in a.mentions] for a in actors_of(actor_extractor, text)
             if a.type == "country"}
    assert found == {"Kenya": ["KENYA", "Kenya", "Kenya"], "Ghana": ["GHANA", "Ghana"]}


def test_actors_standings_of_a_sports_report(actor_extractor: Extractor) -> None:
    """A wire headline's sport ("BASKETBALL -") is no actor; a city opening a row of the
    standings is its team."""
    text = ("BASKETBALL - STANDINGS AFTER THURSDAY 'S GAMES .\n\n"
            "Standings of the league's teams after games played on Thursday (tabulate under "
            "won, lost, percentage, games behind):\n\n"
            "W L PCT GB\nMIAMI 14 4 .778 -\nCHICAGO 17 1 .944 -\n")
    found = {(a.name, a.type) for a in actors_of(actor_extractor, text)}
    assert ("CHICAGO", "organization") in found
    assert not [name for name, _ in found if name.lower() == "basketball"]


def test_actors_company_named_with_its_country_keeps_its_own_name(
    actor_extractor: Extractor,
) -> None:
    # a company's full name needs no owner; a ministry's does
    text = (
        "Germany's Harlow Motoren AG said it would study the deal. Norway's Defence Ministry "
        "declined to comment."
    )
    orgs = [
        (a.name, a.affiliation)
        for a in actor_extractor.extract(text)[:-1]
        if a.kind == "actor" and a.type == "organization"
    ]
    assert orgs == [("Harlow Motoren AG", "Germany"), ("Norway's Defence Ministry", "Norway")]


def test_actors_organisation_name_run_past_its_possessive_ends_at_the_owner(
    actor_extractor: Extractor,
) -> None:
    # "the African Union's Agenda 2063" is a plan the Union owns: the actor is the Union; a
    # name that ends in an organisation's word after the possessive is one organisation
    text = "Delegates backed the African Union's Agenda 2063 at the summit on Friday."
    names = [a.name for a in actor_extractor.extract(text)[:-1] if a.kind == "actor"]
    assert names == ["African Union"]
    text = "Delegates of the Communist Party's Central Committee met on Friday."
    names = [a.name for a in actor_extractor.extract(text)[:-1] if a.kind == "actor"]
    assert "Communist Party's Central Committee" in names


def test_actors_team_name_written_again_is_a_mention(actor_extractor: Extractor) -> None:
    # a club named by its city and a plural with digits; NER tags the city only in the first
    # sentence, the second writing is the same club
    text = ("The Philadelphia 76ers fired coach Maurice Cheeks on Saturday. Cheeks was fired as "
            "head coach of the Philadelphia 76ers.")
    found = {a.name: [(m.start, m.end) for m in a.mentions]
             for a in actors_of(actor_extractor, text) if a.type == "organization"}
    first = text.index("Philadelphia")
    second = text.index("Philadelphia", first + 1)
    assert found == {"Philadelphia 76ers": [(first, first + 18), (second, second + 18)]}
