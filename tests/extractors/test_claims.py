"""Claims: direct, indirect and mixed attribution, speakers resolved to actors, quote marks."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractor import Extractor
from extractor.extractors.claims.quotes import find_quotes, outermost
from extractor.extractors.claims.speakers import SpeakerResolver
from extractor.records import Actor, Claim, Mention


@pytest.fixture(scope="module")
def claims_extractor(nlp: Language) -> Extractor:
    return Extractor(nlp=nlp, kinds=("actor", "claim"))


def run(extractor: Extractor, text: str) -> tuple[list[Claim], dict[str, Actor]]:
    records = extractor.extract(text)
    claims = [r for r in records if isinstance(r, Claim)]
    actors = {r.id: r for r in records if isinstance(r, Actor)}
    return claims, actors


def check_offsets(text: str, claim: Claim) -> None:
    assert claim.text == text[claim.start : claim.end]
    assert claim.content == " ".join(text[s:e] for s, e in claim.content_fragments)
    assert claim.content_start == claim.content_fragments[0][0]
    assert claim.content_end == claim.content_fragments[-1][1]
    points = [claim.content_start, claim.content_end]
    if claim.speaker_start is not None:
        assert text[claim.speaker_start : claim.speaker_end] == claim.speaker
        points += [claim.speaker_start, claim.speaker_end]
    if claim.cue_start is not None:
        points += [claim.cue_start, claim.cue_end]
    assert (claim.start, claim.end) == (min(points), max(points))
    assert claim.speaker_id == (claim.speaker_ids[0] if claim.speaker_ids else None)


# (text, [(speaker, cue, content, quote), ...]) - every claim of the text, in order
CASES = [
    # direct quotes, attribution after
    (
        "“The bridge will reopen in March,” the mayor said.",
        [("the mayor", "say", "“The bridge will reopen in March,”", "direct")],
    ),
    (
        '"The vote was rigged," said Tom Baker, a local organiser.',
        [("Tom Baker", "say", '"The vote was rigged,"', "direct")],
    ),
    (
        "‘We will win this election,’ the candidate said.",
        [("the candidate", "say", "‘We will win this election,’", "direct")],
    ),
    (
        "'It was a mistake,' the senator admitted.",
        [("the senator", "admit", "'It was a mistake,'", "direct")],
    ),
    (
        "“Why would anyone believe that?” she asked.",
        [("she", "ask", "“Why would anyone believe that?”", "direct")],
    ),
    (
        "“The figures are wrong”, the spokesman said.",
        [("the spokesman", "say", "“The figures are wrong”", "direct")],
    ),
    (
        "“Nothing has changed,” said the company’s chief executive.",
        [("the company’s chief executive", "say", "“Nothing has changed,”", "direct")],
    ),
    (
        "“Demand remains weak,” according to the report.",
        [("the report", "according to", "“Demand remains weak,”", "direct")],
    ),
    (
        "“The data is clear. Emissions are rising. We must act now,” the scientist said.",
        [
            (
                "the scientist",
                "say",
                "“The data is clear. Emissions are rising. We must act now,”",
                "direct",
            )
        ],
    ),
    (
        "“Let’s go!” the crowd chanted as the team arrived at the stadium for the final match.",
        [("the crowd", "chant", "“Let’s go!”", "direct")],
    ),
    # a quote about what someone thinks is one claim, not two
    (
        "“I think we will win,” the candidate said.",
        [("the candidate", "say", "“I think we will win,”", "direct")],
    ),
    # direct quotes, attribution before
    (
        "Ms. Alvarez said: “We have no plans to raise taxes.”",
        [("Ms. Alvarez", "say", "“We have no plans to raise taxes.”", "direct")],
    ),
    # what she recalled is the whole sentence her words finish: "It was" begins it
    (
        "It was, she recalled, “the longest night of my life.”",
        [("she", "recall", "It was “the longest night of my life.”", "mixed")],
    ),
    # attribution interrupting the quote, and a quote continuing after it
    (
        "“The missile,” he said, “flew farther than any before.”",
        [("he", "say", "“The missile,” “flew farther than any before.”", "direct")],
    ),
    (
        "“We are ready,” the coach said. “Our players have trained all summer.”",
        [("the coach", "say", "“We are ready,” “Our players have trained all summer.”", "direct")],
    ),
    (
        "“We have done nothing wrong,” the firm said in a statement. “We will cooperate fully "
        "with investigators.”\n\nThe regulator declined to comment.",
        [
            (
                "the firm",
                "say",
                "“We have done nothing wrong,” “We will cooperate fully with investigators.”",
                "direct",
            ),
            ("The regulator", "decline", "to comment", "indirect"),
        ],
    ),
    # a quote over two paragraphs, opened again and closed in the second
    (
        "The minister told reporters:\n\n“Prices will fall next year.\n\n"
        "“Wages will rise as well.”",
        [
            (
                "The minister",
                "tell",
                "“Prices will fall next year. “Wages will rise as well.”",
                "direct",
            )
        ],
    ),
    # a new paragraph that is a quote with no cue continues the speaker's turn
    (
        "Kofi Osei, the union leader, said the strike would continue. “We will not go back until "
        "the contract is signed,” he said.\n\n"
        "“Our members have waited long enough for a fair deal.”",
        [
            ("Kofi Osei", "say", "the strike would continue", "indirect"),
            ("he", "say", "“We will not go back until the contract is signed,”", "direct"),
            ("he", "say", "“Our members have waited long enough for a fair deal.”", "direct"),
        ],
    ),
    # a quote signed with a dash
    (
        "Readers wrote to us about the storm that hit the town on Sunday night.\n\n“The water came "
        "up to our windows in minutes.” ― Maria Lopez\n\nThe council has promised to review the "
        "flood defences before the winter begins.",
        [
            ("Maria Lopez", "―", "“The water came up to our windows in minutes.”", "direct"),
            (
                "The council",
                "promise",
                "to review the flood defences before the winter begins",
                "indirect",
            ),
        ],
    ),
    # indirect speech
    (
        "The military said the missile was launched eastward.",
        [("The military", "say", "the missile was launched eastward", "indirect")],
    ),
    (
        "Police said that two men had been arrested.",
        [("Police", "say", "that two men had been arrested", "indirect")],
    ),
    (
        "The minister told reporters that the talks had failed.",
        [("The minister", "tell", "that the talks had failed", "indirect")],
    ),
    (
        "Two officials, speaking on condition of anonymity, said the plan had been shelved.",
        [("Two officials", "say", "the plan had been shelved", "indirect")],
    ),
    (
        "The troops were withdrawn last week, the ministry said.",
        [("the ministry", "say", "The troops were withdrawn last week", "indirect")],
    ),
    # the parser may join a closing cue to the clause before as a bare conjunct, its
    # speaker as its subject or as an apposition of the clause's last noun
    (
        "The council will close the pool despite a protest, the leisure chief, Amy Cole, told "
        "councillors on Monday.",
        [("Amy Cole", "tell", "The council will close the pool despite a protest", "indirect")],
    ),
    (
        "The council will close the pool despite a protest, its leisure chief, Amy Cole, said.",
        [("Amy Cole", "say", "The council will close the pool despite a protest", "indirect")],
    ),
    (
        "The council will close the pool, the leisure chief told councillors.",
        [("the leisure chief", "tell", "The council will close the pool", "indirect")],
    ),
    (
        "The economy, she said, is growing faster than expected.",
        [("she", "say", "The economy is growing faster than expected", "indirect")],
    ),
    (
        "A Foreign Ministry statement said the ambassador had been recalled.",
        [("A Foreign Ministry statement", "say", "the ambassador had been recalled", "indirect")],
    ),
    (
        "The company said in a statement that profits had doubled.",
        [("The company", "say", "that profits had doubled", "indirect")],
    ),
    (
        "The governor denied that she had known about the payments.",
        [("The governor", "deny", "that she had known about the payments", "indirect")],
    ),
    (
        "Opposition leaders warned that the law would silence critics.",
        [("Opposition leaders", "warn", "that the law would silence critics", "indirect")],
    ),
    (
        "The senator accused the agency of hiding the report.",
        [("The senator", "accuse", "the agency of hiding the report", "indirect")],
    ),
    (
        "Both the mayor and the governor condemned the attack.",
        [("Both the mayor and the governor", "condemn", "the attack", "indirect")],
    ),
    (
        "The president vowed to rebuild the damaged towns.",
        [("The president", "vow", "to rebuild the damaged towns", "indirect")],
    ),
    (
        "The union called for an independent inquiry.",
        [("The union", "call for", "an independent inquiry", "indirect")],
    ),
    (
        "He reiterated the government’s commitment to the treaty.",
        [("He", "reiterate", "the government’s commitment to the treaty", "indirect")],
    ),
    (
        "Officials told the Associated Press that the border would reopen on Monday.",
        [("Officials", "tell", "that the border would reopen on Monday", "indirect")],
    ),
    (
        "The report, which was published on Friday, found that emissions had risen for a "
        "third year.",
        [("The report", "find", "that emissions had risen for a third year", "indirect")],
    ),
    (
        "The prime minister insisted the economy was on track, while critics argued that growth "
        "had stalled.",
        [
            ("The prime minister", "insist", "the economy was on track", "indirect"),
            ("critics", "argue", "that growth had stalled", "indirect"),
        ],
    ),
    # according to
    (
        "The ship sank near the coast, according to the coast guard.",
        [("the coast guard", "according to", "The ship sank near the coast", "indirect")],
    ),
    (
        "According to the census office, the population grew by two percent.",
        [
            (
                "the census office",
                "according to",
                "the population grew by two percent",
                "indirect",
            )
        ],
    ),
    # "In the words of X," opening a sentence names its source as "According to X," does
    (
        "The vote was delayed.\n\nIn the words of one analyst, the deal was a bargain.",
        [("one analyst", "in the words of", "the deal was a bargain", "indirect")],
    ),
    # a hyphenated word or name is one word of the speaker
    (
        "Several fact-checkers said the claim was false.",
        [("Several fact-checkers", "say", "the claim was false", "indirect")],
    ),
    (
        "Secretary General Ban Ki-moon said the talks would resume.",
        [("Secretary General Ban Ki-moon", "say", "the talks would resume", "indirect")],
    ),
    # a name set off beside a post is the speaker, whatever type NER gives it
    (
        "Fenwick's spokesman, Tyler Banks, said the senator would vote no.",
        [("Tyler Banks", "say", "the senator would vote no", "indirect")],
    ),
    # an anonymous source's "who" clause is no part of the source
    (
        "The deal is close, according to a person familiar with the matter who spoke on "
        "condition of anonymity because the talks were private.",
        [("a person familiar with the matter", "according to", "The deal is close", "indirect")],
    ),
    # "Per" opening a sentence names a source as "According to" does; a price or a plan none
    ("Per the exchange's data, traders now see a 60 percent chance of a cut in June.",
     [("the exchange's data", "per", "traders now see a 60 percent chance of a cut in June",
       "indirect")]),
    ("Per the rules, each team fields five players.", []),
    ("Shares fell 5 cents per share, the exchange said.",
     [("the exchange", "say", "Shares fell 5 cents per share", "indirect")]),
    # "according to" running on from its verb to a standard names no source; set off by a
    # comma or opening the sentence, the same noun does
    ("The launch went according to plan.", []),
    ("Salaries at the agency vary according to seniority.", []),
    ("The hearing was conducted according to the rules of the chamber.", []),
    (
        "Troops would leave the border in May, according to the plan.",
        [("the plan", "according to", "Troops would leave the border in May", "indirect")],
    ),
    # mixed: reported speech holding quoted words
    (
        "The general said the troops had “performed with honour” during the operation.",
        [
            (
                "The general",
                "say",
                "the troops had “performed with honour” during the operation",
                "mixed",
            )
        ],
    ),
    (
        "She called the decision “a betrayal of voters”.",
        [("She", "call", "the decision “a betrayal of voters”", "mixed")],
    ),
    (
        "The agency said it was “deeply concerned”.",
        [("The agency", "say", "it was “deeply concerned”", "mixed")],
    ),
    # "called X a Y" with the name parsed into the predicate: the name and the predicate
    ("Haley called Trump a “chaotic” leader.",
     [("Haley", "call", "Trump a “chaotic” leader", "mixed")]),
    ("Pelosi called Trump a coward.", [("Pelosi", "call", "Trump a coward", "indirect")]),
    # a quote carrying on in lower case the sentence a parenthetical "he said" broke is the
    # rest of a claim its opening words begin; a capital opens a quote of its own
    ("The bridge, the engineer said, “will need new cables within a year.”",
     [("the engineer", "say", "The bridge “will need new cables within a year.”", "mixed")]),
    ("After the vote, the engineer said, “We will appeal.”",
     [("the engineer", "say", "“We will appeal.”", "direct")]),
    # ... but a clause of the verb's own runs up to the quote: it is the content's start
    ("The aide said Friday that if the bill passed, “the governor would sign it.”",
     [("The aide", "say", "that if the bill passed, “the governor would sign it.”", "mixed")]),
    # another source set against the first after a comma is no part of its claim
    ("Some traders warn that the rally may not last, while others say shares remain cheap.",
     [("Some traders", "warn", "that the rally may not last", "indirect"),
      ("others", "say", "shares remain cheap", "indirect")]),
    # ... but a share of those a poll found is the rest of its finding, no other source
    ("A survey found that 48 percent of drivers support the toll, while 44 percent oppose it.",
     [("A survey", "find", "that 48 percent of drivers support the toll, while 44 percent "
       "oppose it", "indirect")]),
    # leave to speak is no speech
    ("Officials, speaking on condition of anonymity because they were not authorized to "
     "discuss the matter, said the review would take months.",
     [("Officials", "say", "the review would take months", "indirect")]),
    ("A diplomat, who spoke on condition of anonymity to discuss the closed-door sessions, "
     "said the talks had stalled.",
     [("A diplomat", "say", "the talks had stalled", "indirect")]),
    # the one quoted as saying is the speaker, not the paper that quoted them
    ("The minister was quoted as saying that the border would stay closed.",
     [("The minister", "say", "that the border would stay closed", "indirect")]),
    ("Ortiz was quoted by the newspaper as saying the plan was dead.",
     [("Ortiz", "say", "the plan was dead", "indirect")]),
    # "that" and the clause's subject parsed as the cue's object: the clause all the same
    ("Lindqvist has long maintained that the tax cuts paid for themselves.",
     [("Lindqvist", "maintain", "that the tax cuts paid for themselves", "indirect")]),
    # a participle joined to a passive one is passive too: the police report the charge,
    # they do not make it, so their claim runs on through it
    (
        "Police said the cyclist had been arrested and charged with dangerous driving.",
        [
            (
                "Police",
                "say",
                "the cyclist had been arrested and charged with dangerous driving",
                "indirect",
            )
        ],
    ),
    # the comma before the quotation closes the subject's apposition: the quotation is the
    # rest of the reported clause, not a quotation the verb introduces
    (
        "Mendez said the governor, Rosa Alvarado, “has never kept a promise to this town.”",
        [
            (
                "Mendez",
                "say",
                "the governor, Rosa Alvarado, “has never kept a promise to this town.”",
                "mixed",
            )
        ],
    ),
    (
        "Lena Fischer, reporting from Berlin, said the mood was “tense” after the vote.",
        [("Lena Fischer", "say", "the mood was “tense” after the vote", "mixed")],
    ),
    (
        "The plan is “dead on arrival,” one senator said, adding that it lacked support.",
        [
            ("one senator", "say", "The plan is “dead on arrival,”", "mixed"),
            ("one senator", "add", "that it lacked support", "indirect"),
        ],
    ),
    # the cue inside the quotation: the reported words are all quoted
    (
        "The chairman “stated that the company will continue to invest in the region”.",
        [
            (
                "The chairman",
                "state",
                "that the company will continue to invest in the region",
                "direct",
            )
        ],
    ),
    # not claims: a scare quote, a title, apostrophes, a headline, a caption
    ("The so-called “reform” was delayed again.", []),
    ("She starred in “The Long Night” last year.", []),
    ("The country’s leaders don’t agree on the ’90s-era rules.", []),
    (
        "Mayor says bridge will reopen\n\nThe bridge across the river has been closed since a "
        "barge struck one of its piers in the spring.",
        [],
    ),
    (
        "The ministry said the plan was ready and would be presented to parliament next week."
        "\n\nOfficials said the plan was ready [Photo: Reuters]\n\nThe minister said talks would "
        "continue through the end of the month and into next year.",
        [
            (
                "The ministry",
                "say",
                "the plan was ready and would be presented to parliament next week",
                "indirect",
            ),
            (
                "The minister",
                "say",
                "talks would continue through the end of the month and into next year",
                "indirect",
            ),
        ],
    ),
    # an odd quote mark does not pair across paragraphs
    (
        "He said “this is odd and never closed.\n\nThe next paragraph has a “scare quote” and "
        "nothing else happens here at all.",
        [("He", "say", "this is odd and never closed", "indirect")],
    ),
    # stance nouns and adjectives
    (
        "The mayor's claims about the new stadium drew laughter in the hall.",
        [("The mayor", "claims about", "the new stadium", "indirect")],
    ),
    (
        "Farmers expressed concern over the drought in the eastern valleys.",
        [("Farmers", "concern over", "the drought in the eastern valleys", "indirect")],
    ),
    (
        "The senator has long been critical of the harbour plan.",
        [("The senator", "critical of", "the harbour plan", "indirect")],
    ),
    # no speaker, a date object or a receiving verb: no stance claim
    ("Concerns about the bridge grew over the winter.", []),
    ("The governor faced questions about the budget at the fair.", []),
    # a finding whose source and cue close the sentence (the parser reads "records show" as a
    # noun compound)
    (
        "The union gave $40,000 to the mayor's campaign last year, campaign finance records show.",
        [("campaign finance records", "show", "The union gave $40,000 to the mayor's campaign "
          "last year", "indirect")],
    ),
    (
        "The senator has pulled level with her rival, a new county poll shows.",
        [("a new county poll", "show", "The senator has pulled level with her rival",
          "indirect")],
    ),
    ("The cast put on a good show.", []),
    # the quotation carries on past the speaker's title after the attribution
    (
        '"The plan will work," said Mara Lind, the council leader. "We have the votes."',
        [("Mara Lind", "say", '"The plan will work," "We have the votes."', "direct")],
    ),
    (
        '"The bus never comes," said Ian Roe, 67, who lives by the depot. "We wait for hours."',
        [("Ian Roe", "say", '"The bus never comes," "We wait for hours."', "direct")],
    ),
    (
        '"The plan will work," said Mara Lind, the council leader. "It will fail," Tom Ash said.',
        [
            ("Mara Lind", "say", '"The plan will work,"', "direct"),
            ("Tom Ash", "say", '"It will fail,"', "direct"),
        ],
    ),
    # "shot back", "fired back": a reply's cue, whose "back" the parser calls an adverb
    (
        '"That is not true," the mayor shot back.',
        [("the mayor", "shoot back", '"That is not true,"', "direct")],
    ),
    # a poll's finding is where the object stands and by how much
    (
        "A new county poll shows Ortega ahead by 12 points in the suburbs.",
        [("A new county poll", "show", "Ortega ahead by 12 points in the suburbs", "indirect")],
    ),
    # "called on X to Y": whom, and what they are asked to do
    (
        "The governor called on residents to conserve water during the heat wave.",
        [
            (
                "The governor",
                "call on",
                "residents to conserve water during the heat wave",
                "indirect",
            )
        ],
    ),
    # a quotation carries on past a sentence that only attributes it, however long
    (
        '"These polls are fake," he told a crowd in Dover, Delaware, on Sunday. "The only poll '
        'that counts is on Election Day."',
        [
            (
                "he",
                "tell",
                '"These polls are fake," "The only poll that counts is on Election Day."',
                "direct",
            )
        ],
    ),
    # ... and past a participle that tells how it was said
    (
        '"History will judge us," Ruiz told reporters outside the chamber, his voice cracking. '
        '"I would rather lose my seat than walk away."',
        [("Ruiz", "tell", '"History will judge us," "I would rather lose my seat than walk '
          'away."', "direct")],
    ),
    # a quotation the parser joins to the cue, not to the clause, is the speaker's words too
    (
        "Berg said fraud is “a big problem in this town” but “nobody dares to talk about it.”",
        [("Berg", "say", "fraud is “a big problem in this town” but “nobody dares to talk about "
          "it.”", "mixed")],
    ),
    # a time phrase between the cue and its clause: the clause is what was said, not the phrase
    (
        "Berg said after the meeting he would not accept the offer.",
        [("Berg", "say", "he would not accept the offer", "indirect")],
    ),
    # an opening "according to" whose reported clause the parser hangs on the source
    (
        "According to conservative talk radio host Dan Price, the move reeks of fear and "
        "desperation.",
        [("conservative talk radio host Dan Price", "according to",
          "the move reeks of fear and desperation", "indirect")],
    ),
    # ... and no claim of a word alone after it
    ("According to the board, basically.", []),
    # ... but not past a sentence that says something more
    (
        '"These polls are fake," he told a crowd in Dover, where supporters cheered. "The only '
        'poll that counts is on Election Day."',
        [("he", "tell", '"These polls are fake,"', "direct")],
    ),
    # a relative clause the parser hangs on a date is about the noun before the date
    (
        "The committee published its report Monday, which found that the agency ignored warnings.",
        [("its report", "find", "that the agency ignored warnings", "indirect")],
    ),
    # a hyphened verb is one word of the content, however the parser splits it
    (
        "Senator Mara Lutz said that he would co-sponsor the bill if it reached the floor.",
        [("Senator Mara Lutz", "say", "that he would co-sponsor the bill if it reached the floor",
          "indirect")],
    ),
    (
        "The agency reported that the singer had re-hired her manager.",
        [("The agency", "report", "that the singer had re-hired her manager", "indirect")],
    ),
    # the audience a verb puts a belief in is no speaker: the one who wants it believed is
    (
        "Senator Dana Whitlow wants voters to believe that her housing plan will bring rents "
        "down.",
        [("Senator Dana Whitlow", "believe", "that her housing plan will bring rents down",
          "indirect")],
    ),
    # a noun that sums up what was said, after a comma, is not part of it; a person described
    # after a comma is
    (
        "Mayor Ana Brook accused the council of hiding the audit from voters, a charge the "
        "council denied.",
        [("Mayor Ana Brook", "accuse", "the council of hiding the audit from voters",
          "indirect")],
    ),
    (
        "Brook said the council had hidden the audit from voters, a claim the council denied.",
        [("Brook", "say", "the council had hidden the audit from voters", "indirect")],
    ),
    (
        "The mayor has often said the tram will be finished by spring, a promise that critics "
        "call unrealistic.",
        [("The mayor", "say", "the tram will be finished by spring", "indirect"),
         ("critics", "call", "a promise unrealistic", "indirect")],
    ),
    # ... as does a figure or a move the writer sets after it
    ("The minister said the scheme would save £4 billion, a figure that auditors have disputed.",
     [("The minister", "say", "the scheme would save £4 billion", "indirect")]),
    ("Ruiz announced he would put the bill to a vote, a move that could cost him his job.",
     [("Ruiz", "announce", "he would put the bill to a vote", "indirect")]),
    # a second "that" clause joined by "and" is said too, with the report inside it
    ("The warden said staff had been warned twice, and that one guard told her that the locks "
     "were broken.",
     [("The warden", "say", "staff had been warned twice, and that one guard told her that the "
       "locks were broken", "indirect"),
      ("one guard", "tell", "that the locks were broken", "indirect")]),
    # a passive cue's agent and the "as" the parser hung on it: the agent says, the "as" is said
    ("The new minister was described by one colleague as “a safe pair of hands”.",
     [("one colleague", "describe", "The new minister as “a safe pair of hands”", "mixed")]),
    # a party tag in brackets is the speaker's, closed
    ("Gov. Tina Marsh (D) said the law was unfair.",
     [("Gov. Tina Marsh (D)", "say", "the law was unfair", "indirect")]),
    # a name the parser left unattached before "however" is still the subject
    ("Ruiz, however, posted on social media that the vote was rigged.",
     [("Ruiz", "post", "that the vote was rigged", "indirect")]),
    ("Trump, however, posted on Truth Social that Canada's future “should be a matter for "
     "Canadians.”",
     [("Trump", "post", "that Canada's future “should be a matter for Canadians.”", "mixed")]),
    # set phrases and a plural noun read as a verb report nothing
    ("Say what you like about the mayor, she is no quitter.", []),
    ("It goes without saying that few voters read the budget.", []),
    ("He left the room without saying a word.", []),
    ("Ruiz said the port was “finished”, remarks that most papers ignored.",
     [("Ruiz", "say", "the port was “finished”", "mixed")]),
    # a cue in a relative clause whose object is the relative pronoun describes the noun
    (
        "Nine people were hurt in a blast that the mayor described as a deliberate attack.",
        [("the mayor", "describe", "a blast as a deliberate attack", "indirect")],
    ),
    ("The plan, which the firm detailed in its filings, was approved.", []),
    (
        "Brook accused Tom Hale, a councillor who chairs the finance panel, of hiding the audit.",
        [("Brook", "accuse", "Tom Hale, a councillor who chairs the finance panel, of hiding "
          "the audit", "indirect")],
    ),
    # the clause around a parenthetical cue: the host's words the parser hangs on the cue
    # before its subject are the claim's, a conjunction before an "as" clause is not
    (
        "What the plan does do, economists across the spectrum agree, is shift the burden from "
        "renters to homeowners.",
        [("economists across the spectrum", "agree",
          "What the plan does do is shift the burden from renters to homeowners", "indirect")],
    ),
    (
        "But as the state's own budget office noted last spring, most of that growth came from "
        "federal aid.",
        [("the state's own budget office", "note",
          "most of that growth came from federal aid", "indirect")],
    ),
    # what a thing is called, which the parser takes for a second object, completes it
    (
        'Graves called her testimony "a story built to save herself."',
        [("Graves", "call", 'her testimony "a story built to save herself."', "mixed")],
    ),
    # a poll's or a study's finding with its source opening the sentence after "In"; not
    # where the sentence has a claim of its own, nor after a time
    (
        "In the latest Harbour Post poll, Ruiz leads Brook by five points among likely voters.",
        [("the latest Harbour Post poll", "in",
          "Ruiz leads Brook by five points among likely voters", "indirect")],
    ),
    (
        "In the report, the agency said exports rose.",
        [("the agency", "say", "exports rose", "indirect")],
    ),
    ("In the morning, the council met to vote on the budget.", []),
    # set phrases that open a sentence with a verb of saying report nothing
    ("That said, the vote was closer than expected. All told, the city will spend $40 million "
     "on roads, and everything went according to plan.", []),
    # the subject of the reported clause, which the parser took for the cue's object
    (
        "Critics have long warned the city cannot afford the bridge.",
        [("Critics", "warn", "the city cannot afford the bridge", "indirect")],
    ),
    # a paragraph set off after "X added:" without quotation marks is what was said
    (
        "The council voted on Friday to close the shelter, and the mayor said the building "
        "would be sold.\n\nBrook added:\n\nThe shelter has served this city for forty years. We "
        "will not abandon it.\n",
        [("The council", "vote", "to close the shelter", "indirect"),
         ("the mayor", "say", "the building would be sold", "indirect"),
         ("Brook", "add", "The shelter has served this city for forty years. We will not "
          "abandon it", "direct")],
    ),
    # ... not after a colon with no one saying it, nor a line too short to be prose
    ("The rules are:\n\nNo dogs are allowed on the beach after noon.\n", []),
    ("Brook added:\n\nHousing first.\n", []),
    # a day the parser hangs on the speaker dates the saying: it is no part of the speaker
    (
        "A memorable campaign ad in 2012 questioned whether the rival governor was ready to "
        "lead.",
        [("A memorable campaign ad", "question", "whether the rival governor was ready to lead",
          "indirect")],
    ),
    (
        "A review board in 2017 found the agency was in breach of its rules.",
        [("A review board", "find", "the agency was in breach of its rules", "indirect")],
    ),
    # a quotation before the cue is what was told, not a clause after a comma the parser hangs
    # on the cue; that clause is what the verb of the adverbial clause said
    (
        "“You should step down,” Patel told Brook, after she admitted under Patel’s questioning "
        "she hadn’t yet been held accountable for the losses.",
        [("Patel", "tell", "“You should step down,”", "direct"),
         ("she", "admit", "she hadn’t yet been held accountable for the losses", "indirect")],
    ),
    # after a comma, another source's own report ends the one before: it is a claim of its own
    (
        "Labor groups have argued for months that the pact would cost American jobs, and "
        "several Democrats have signaled they will vote against it.",
        [("Labor groups", "argue", "that the pact would cost American jobs", "indirect"),
         ("several Democrats", "signal", "they will vote against it", "indirect")],
    ),
    (
        "She said parents who foster would not be eligible for the grant, and the mayor said "
        "they would be.",
        [("She", "say", "parents who foster would not be eligible for the grant", "indirect"),
         ("the mayor", "say", "they would be", "indirect")],
    ),
    # a participle on an occasion reports what the one speaking there said; on a statement,
    # what the statement said
    (
        '"We will get there together," she said at a news conference announcing that the '
        "city was suing the state.",
        [("she", "say", '"We will get there together,"', "direct"),
         ("she", "announce", "that the city was suing the state", "indirect")],
    ),
    (
        "The agency issued a statement announcing that the plant would close.",
        [("a statement", "announce", "that the plant would close", "indirect")],
    ),
    # a focus adverb before the speaker is the writer's: the speaker is the name
    (
        'Even Norway, its closest partner, said it was "deeply troubled" by the vote.',
        [("Norway", "say", 'it was "deeply troubled" by the vote', "mixed")],
    ),
    # what a poll, a study or a record "found" is its finding
    (
        "The survey found broad support for the plan among young voters.",
        [("The survey", "find", "broad support for the plan among young voters", "indirect")],
    ),
    # "even as he says" with the parser's clause hung on the noted one
    (
        "Critics note that Berg, even as he says his record makes him qualified to fix the "
        "code, has proposed little.",
        [("Critics", "note", "that Berg, even as he says his record makes him qualified to fix "
          "the code, has proposed little", "indirect"),
         ("he", "say", "his record makes him qualified to fix the code", "indirect")],
    ),
    (
        "But some note that Berg — even as he says his record in tax matters makes him uniquely "
        "qualified to tackle a tax-code rewrite — has proposed little in the way of reform.",
        [("some", "note", "that Berg — even as he says his record in tax matters makes him "
          "uniquely qualified to tackle a tax-code rewrite — has proposed little in the way of "
          "reform", "indirect"),
         ("he", "say", "his record in tax matters makes him uniquely qualified to tackle a "
          "tax-code rewrite", "indirect")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claims_forms(claims_extractor: Extractor, text: str, expected: list) -> None:
    claims, _ = run(claims_extractor, text)
    got = [(c.speaker, c.cue, c.content, c.quote) for c in claims]
    assert got == expected
    for claim in claims:
        check_offsets(text, claim)


@pytest.mark.parametrize(
    ("text", "fragments"),
    [
        ("“The missile,” he said, “flew far.”", ["“The missile,”", "“flew far.”"]),
        (
            "The economy, she said, is growing faster than expected.",
            ["The economy", "is growing faster than expected"],
        ),
        ("The bridge, the engineer said, “will need new cables.”",
         ["The bridge", "“will need new cables.”"]),
        (
            "“We are ready,” the coach said. “Our players have trained all summer.”",
            ["“We are ready,”", "“Our players have trained all summer.”"],
        ),
        # a quote split by its attribution keeps its first piece, whatever the parse makes of
        # the second (the parser takes it for said's complement)
        (
            '"We are going to fight this," Fenwick said, "and we are going to win."',
            ['"We are going to fight this,"', '"and we are going to win."'],
        ),
        (
            '"I am tired," she said, "But I will stay until the vote."',
            ['"I am tired,"', '"But I will stay until the vote."'],
        ),
        # ... and past a longer attribution in the same paragraph
        (
            '"I think the moderator will be fair," Brandt said during a rally in Dover, Del., '
            '"but a lot of people are going to be watching."',
            ['"I think the moderator will be fair,"',
             '"but a lot of people are going to be watching."'],
        ),
    ],
)
def test_claims_fragments(claims_extractor: Extractor, text: str, fragments: list[str]) -> None:
    claims, _ = run(claims_extractor, text)
    assert len(claims) == 1
    assert [text[s:e] for s, e in claims[0].content_fragments] == fragments


def test_claims_offsets_of_speaker_and_cue(claims_extractor: Extractor) -> None:
    text = "“The bridge will reopen in March,” the mayor said."
    (claim,) = run(claims_extractor, text)[0]
    assert (claim.speaker_start, claim.speaker_end) == (35, 44)
    assert (claim.cue_start, claim.cue_end) == (45, 49)
    assert (claim.content_start, claim.content_end) == (0, 34)
    assert (claim.start, claim.end) == (0, 49)
    assert claim.rule == "quote-after"
    assert claim.sentence == 0


# (text, speaker as written, words of the name of the actor it must point at)
SPEAKER_IDS = [
    # a pronoun takes the most recent person named outside quotation marks
    ("Maria Lopez runs the shelter. She said the beds were full.", "She", ["Lopez"]),
    (
        "Anna Berg watched the results. “Nobody expected Daniel Kerr to win,” she said.",
        "she",
        ["Berg"],
    ),
    # a description by post, matched against a title written before a name
    (
        "Finance Minister Karen Holt met bankers on Monday. The finance minister said rates "
        "would stay low.",
        "The finance minister",
        ["Holt"],
    ),
    # a capital standing for its country, and a post that fits "top diplomat"
    (
        "US Secretary of State Jane Morrow met French Foreign Minister Luc Bernard in Paris. "
        "Washington’s top diplomat said the alliance was strong.",
        "Washington’s top diplomat",
        ["Morrow"],
    ),
    (
        "US Secretary of State Jane Morrow met French Foreign Minister Luc Bernard in Paris. "
        "France’s top diplomat said the talks went well.",
        "France’s top diplomat",
        ["Bernard"],
    ),
    # a name
    ("Tom Baker arrived late. Baker said the vote was rigged.", "Baker", ["Baker"]),
    # "Name, argued that the board": a verb between, so "board" is no title of the name's
    (
        "The Harbor Water Board voted on Tuesday to raise rates. The lone dissenting member, "
        "Greg Sato, argued that the board should have sought grants first. The board agreed "
        "to review the rates again in 2027.",
        "The board",
        ["Harbor", "Water", "Board"],
    ),
    # the person beside a post, the capital's country for a conjoined cue
    (
        "Kenya's Minister of Health, James Mwangi, told reporters that the clinics would reopen.",
        "James Mwangi",
        ["Mwangi"],
    ),
    (
        "Lucia Ferraro, a 52-year-old nurse from Turin, said she had heard a loud bang.",
        "Lucia Ferraro",
        ["Ferraro"],
    ),
    (
        "Speaking in the capital, Quito, on Monday, UN envoy Lars Berg said that talks would "
        "resume.",
        "UN envoy Lars Berg",
        ["Berg"],
    ),
]


@pytest.mark.parametrize(("text", "speaker", "name_words"), SPEAKER_IDS)
def test_claims_speaker_resolved(
    claims_extractor: Extractor, text: str, speaker: str, name_words: list[str]
) -> None:
    claims, actors = run(claims_extractor, text)
    (claim,) = [c for c in claims if c.speaker == speaker]
    assert claim.speaker_id is not None
    name = actors[claim.speaker_id].name
    assert all(word in name for word in name_words)


def test_claims_coordinated_speakers(claims_extractor: Extractor) -> None:
    claims, actors = run(claims_extractor, "Both Anna Berg and Daniel Kerr condemned the decision.")
    (claim,) = claims
    assert claim.speaker == "Both Anna Berg and Daniel Kerr"
    names = [actors[i].name for i in claim.speaker_ids]
    assert len(names) == 2 and "Berg" in names[0] and "Kerr" in names[1]
    assert claim.speaker_id == claim.speaker_ids[0]


def test_claims_unresolved_speaker_keeps_text(claims_extractor: Extractor) -> None:
    (claim,) = run(claims_extractor, "Several residents said they had heard explosions.")[0]
    assert claim.speaker == "Several residents"
    assert claim.speaker_start == 0


def test_claims_continuation_keeps_speaker(claims_extractor: Extractor) -> None:
    text = (
        "Kofi Osei, the union leader, said the strike would continue. “We will not go back until "
        "the contract is signed,” he said.\n\n"
        "“Our members have waited long enough for a fair deal.”"
    )
    claims, _ = run(claims_extractor, text)
    quoted, continued = claims[1], claims[2]
    assert continued.rule == "quote-continuation"
    assert continued.speaker_id == quoted.speaker_id
    assert continued.cue_start is None and continued.speaker_start is None


def test_claims_continuation_after_reported_speech(claims_extractor: Extractor) -> None:
    text = (
        "Deputy Mayor Ana Costa said the city would keep the pools open through September."
        '\n\n"We are not going to close early."'
    )
    claims, actors = run(claims_extractor, text)
    reported, continued = claims
    assert continued.rule == "quote-continuation"
    assert continued.speaker_id is not None and continued.speaker_id == reported.speaker_id
    assert "Costa" in actors[continued.speaker_id].name


def test_claims_coordinated_places(claims_extractor: Extractor) -> None:
    claims, actors = run(claims_extractor, "Lima and Quito called for calm after the vote.")
    (claim,) = claims
    assert (claim.speaker, claim.cue, claim.content) == ("Lima and Quito", "call for", "calm")
    assert [actors[i].name for i in claim.speaker_ids] == ["Peru", "Ecuador"]


def _actor(actor_id: str, name: str, kind: str, text: str, *spans: tuple[int, int]) -> Actor:
    start, end = spans[0]
    return Actor(
        doc="-", text=text[start:end], start=start, end=end, rule="test", sentence=0,
        id=actor_id, name=name, type=kind,  # type: ignore[arg-type]
        mentions=[Mention(start=s, end=e, text=text[s:e]) for s, e in spans],
        aliases=[], roles=[], affiliation=None, country_code=None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("actor_name", "actor_type", "expected"),
    [
        # a mis-linked mention: a place, or an actor never called "the company", is not it
        ("Norrby", "location", []),
        ("Norrby", "organization", []),
        # the actor's own name holds the noun
        ("Norrby Mining Company", "organization", ["A1"]),
    ],
)
def test_claims_common_noun_speaker_needs_same_head(
    nlp: Language, actor_name: str, actor_type: str, expected: list[str]
) -> None:
    text = "Water flooded the lower tunnel. The company declined to comment."
    doc = nlp(text)
    start = text.index("The company")
    actor = _actor("A1", actor_name, actor_type, text, (start, start + len("The company")))
    resolver = SpeakerResolver(doc, text, [actor], [])
    span = doc.char_span(start, start + len("The company"))
    assert span is not None
    assert resolver.resolve(span.start, span.end) == expected


def test_claims_empty_and_quote_only_text(claims_extractor: Extractor) -> None:
    for text in ("", "“", '"""', "‘’’‘", "“A” “B” “C”"):
        claims, _ = run(claims_extractor, text)
        for claim in claims:
            check_offsets(text, claim)


# ---------------------------------------------------------------- quote marks


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in outermost(find_quotes(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“A,” he said. “B.”", ["“A,”", "“B.”"]),
        ('"Yes," she said.', ['"Yes,"']),
        ("He called it 'a sham' and left.", ["'a sham'"]),
        ("‘Iron rule’ was the heading.", ["‘Iron rule’"]),
        ("''Hopefully,'' he said.", ["''Hopefully,''"]),
        ("«Non», dit-il.", ["«Non»"]),
        # apostrophes are not quote marks
        ("Don't, Korea’s, ’90s, the Clintons’ house, rock 'n' roll.", []),
        ("The 'em and 'til forms.", []),
        # inches are not quote marks
        ('a 12" pipe and a "quoted" word', ['"quoted"']),
        # an odd count: the stray mark pairs with nothing, and nothing pairs across paragraphs
        ("odd “count here\n\nnew para “x” y", ["“x”"]),
        ('He said "one\n\nTwo" three "four" five.', ['"four"']),
        # a quote over paragraphs, each opened again; closed in the last
        ("“One.\n\n“Two.\n\n“Three,” she said.", ["“One.\n\n“Two.\n\n“Three,”"]),
        # a quote opening a paragraph and never closed runs to the paragraph end
        ("“Unclosed to the end\n\nNext.", ["“Unclosed to the end"]),
        # ... as does one opening a sentence inside it, its closing mark left off
        ("“It is over,” said Tom Berg. “Now we start again.\n\nNext.",
         ["“It is over,”", "“Now we start again."]),
        # not one opened inside a sentence
        ("He said “one thing and left.\n\nNext.", []),
        # quotes nest; mixed kinds pair by kind
        (
            '"The question: “Is it safe?” was asked," he said.',
            ['"The question: “Is it safe?” was asked,"'],
        ),
        ('“Typed badly," she said.', ['“Typed badly,"']),
        ("”Typed backwards.” ― A Reader", ["”Typed backwards.”"]),
    ],
)
def test_quotes_pairing(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_claims_quote_left_open_after_its_attribution_joins_the_claim(
    claims_extractor: Extractor,
) -> None:
    text = ('"It is over," said Tom Berg, a board member. "Now we start again, and this time we '
            "listen to the town.\n")
    claims, _ = run(claims_extractor, text)
    assert [(c.speaker, c.quote, [text[s:e] for s, e in c.content_fragments]) for c in claims] == [
        ("Tom Berg", "direct",
         ['"It is over,"', '"Now we start again, and this time we listen to the town.'])
    ]


def test_claims_quote_carries_on_past_a_clause_on_the_speaker(
    claims_extractor: Extractor,
) -> None:
    text = '"We lost," said Tom Berg, who chairs the board. "We will be back next year."\n'
    claims, _ = run(claims_extractor, text)
    assert [(c.speaker, [text[s:e] for s, e in c.content_fragments]) for c in claims] == [
        ("Tom Berg", ['"We lost,"', '"We will be back next year."'])
    ]


def test_quotes_pieces_per_paragraph() -> None:
    text = "“One.\n\n“Two,” she said."
    (quote,) = find_quotes(text)
    assert [text[s:e] for s, e in quote.pieces] == ["“One.", "“Two,”"]
    assert quote.closed


# ---------------------------------------------------------------- an invented article

ARTICLE = """Port authority warns of delays

A container ship ran aground outside the harbour on Tuesday, blocking the main channel.

Harbour Master Ines Duarte said the ship had lost power shortly after leaving its berth.

“The crew did everything right,” she said. “The engine simply stopped.”

The vessel’s owner said in a statement that no fuel had leaked, according to the coast guard.

A tug pulls the ship free on Tuesday evening [Photo: Port Authority]

The harbour master “expects the channel to be fully open by Thursday”, her office said.
"""


def test_claims_article(claims_extractor: Extractor) -> None:
    claims, actors = run(claims_extractor, ARTICLE)
    got = [(c.speaker, c.cue, c.quote) for c in claims]
    assert ("Harbour Master Ines Duarte", "say", "indirect") in got
    (quote,) = [c for c in claims if c.quote == "direct" and c.cue == "say"]
    assert len(quote.content_fragments) == 2
    assert quote.speaker == "she"
    assert quote.speaker_id is not None and "Duarte" in actors[quote.speaker_id].name
    assert any(c.cue == "according to" and c.speaker == "the coast guard" for c in claims)
    (office,) = [c for c in claims if c.speaker == "her office"]
    assert office.content.startswith("The harbour master “expects")
    assert office.quote == "mixed"
    # nothing from the headline or the caption
    for claim in claims:
        assert "warns of delays" not in claim.text
        assert "tug pulls" not in claim.text
        check_offsets(ARTICLE, claim)


# ---------------------------------------------------------------- review fixes (our own text)

# (text, [(speaker, cue, content, quote), ...]) - every claim of the text, in order
REVIEW_CASES = [
    # an agency dateline is not part of the content, whatever its form
    (
        "OSLO, May 3 (Reuters) - Norway will open two new border crossings next month, the "
        "transport ministry said.",
        [
            (
                "the transport ministry",
                "say",
                "Norway will open two new border crossings next month",
                "indirect",
            )
        ],
    ),
    (
        "TROMSØ, Norway, Oct 2 (AP) - Fishermen caught twice as much cod as last year, the "
        "harbour office said.",
        [
            (
                "the harbour office",
                "say",
                "Fishermen caught twice as much cod as last year",
                "indirect",
            )
        ],
    ),
    # the parse makes the dateline's place the subject and the speaker its apposition
    (
        "HARWICK, March 12 (Reuters) - Finance Minister Clara Dunmore said on Tuesday that the "
        "budget would be balanced by 2027.",
        [
            (
                "Finance Minister Clara Dunmore",
                "say",
                "that the budget would be balanced by 2027",
                "indirect",
            )
        ],
    ),
    (
        "BERGEN -- The ferry will stop running in winter, the operator said.",
        [("the operator", "say", "The ferry will stop running in winter", "indirect")],
    ),
    (
        "GENEVA, Sept 14 - Two climbers were rescued from the glacier, police said.",
        [("police", "say", "Two climbers were rescued from the glacier", "indirect")],
    ),
    # "according to" at a paragraph end keeps to its own paragraph and sentence
    (
        'Ana Ruiz said the school had reopened. "Classes start on Monday," she said.\n\n'
        "More than 300 pupils have enrolled, according to city figures.",
        [
            ("Ana Ruiz", "say", "the school had reopened", "indirect"),
            ("she", "say", '"Classes start on Monday,"', "direct"),
            ("city figures", "according to", "More than 300 pupils have enrolled", "indirect"),
        ],
    ),
    # "according to" in a sentence that reports speech: the reported clause only
    (
        "Oslo said the road would reopen in May. Hansen said that traffic had fallen by about "
        "20% since last year, according to city data.",
        [
            ("Oslo", "say", "the road would reopen in May", "indirect"),
            ("Hansen", "say", "that traffic had fallen by about 20% since last year", "indirect"),
            (
                "city data",
                "according to",
                "traffic had fallen by about 20% since last year",
                "indirect",
            ),
        ],
    ),
    # verbs whose object is an event, a topic or a directive, not something said
    ("The regulator ordered the company to stop drilling near the village.", []),
    ("The reporter was released after showing his press card to the guards.", []),
    ("The club did not respond to a request for comment.", []),
    (
        "The club declined to comment on the player's claims.",
        [("The club", "decline", "to comment on the player's claims", "indirect")],
    ),
    # "find X" of anyone is no claim ("found a way"); of a review, a poll or a study it is
    # that source's finding
    ("The divers found a way into the wreck on Tuesday.", []),
    (
        "A review last year found no safety problems at the plant.",
        [("A review", "find", "no safety problems at the plant", "indirect")],
    ),
    ("Farmers showed off their best cattle at the autumn fair.", []),
    ("The council called off the parade because of the storm.", []),
    # the one asked is not the asker: no claim for "asked"
    (
        "Asked whether the plant would close, the manager said that no decision had been made.",
        [("the manager", "say", "that no decision had been made", "indirect")],
    ),
    # a participle after the reported clause reports for the main clause's subject
    (
        "The airline denied that the jet had left its route, saying in a statement that the crew "
        '"followed every instruction" from the tower.',
        [
            ("The airline", "deny", "that the jet had left its route", "indirect"),
            (
                "The airline",
                "say",
                'that the crew "followed every instruction" from the tower',
                "mixed",
            ),
        ],
    ),
    # ... and so does one right after "X said," whatever the parser hangs it on
    (
        '"The people do not agree with Berg," Lutz said, suggesting a few questions, including, '
        '"Mr. Berg, do you really think that the rich need a tax break?"',
        [
            ("Lutz", "say", '"The people do not agree with Berg,"', "direct"),
            ("Lutz", "suggest", 'a few questions, including, "Mr. Berg, do you really think '
             'that the rich need a tax break?"', "mixed"),
        ],
    ),
    # conjoined cues share the subject, even when parsed inside the first one's clause
    (
        "Friends of the Coast warned that the tankers leak oil and said inspections should begin "
        "this year.",
        [
            ("Friends of the Coast", "warn", "that the tankers leak oil", "indirect"),
            ("Friends of the Coast", "say", "inspections should begin this year", "indirect"),
        ],
    ),
    (
        "Ottawa said it was watching events closely and urged all parties to respect the vote.",
        [
            ("Ottawa", "say", "it was watching events closely", "indirect"),
            ("Ottawa", "urge", "all parties to respect the vote", "indirect"),
        ],
    ),
    # appositions: the person's name is the speaker as written
    (
        "Lucia Ferraro, a 52-year-old nurse from Turin, said she had heard a loud bang.",
        [("Lucia Ferraro", "say", "she had heard a loud bang", "indirect")],
    ),
    (
        "Boats wait in the harbour on Monday\nLucia Ferraro, a 52-year-old nurse from Turin, said "
        "she had heard a loud bang.",
        [("Lucia Ferraro", "say", "she had heard a loud bang", "indirect")],
    ),
    (
        "Peru's Minister of Energy, Carlos Medina, told reporters that the mine would reopen.",
        [("Carlos Medina", "tell", "that the mine would reopen", "indirect")],
    ),
    (
        "The ferry will run three times a week from June, its chief executive Anna Holm said.",
        [
            (
                "its chief executive Anna Holm",
                "say",
                "The ferry will run three times a week from June",
                "indirect",
            )
        ],
    ),
    # of two subjects the parser gives a cue, the one next to it
    (
        "Speaking in the capital, Quito, on Monday, UN envoy Lars Berg said that talks would "
        "resume.",
        [("UN envoy Lars Berg", "say", "that talks would resume", "indirect")],
    ),
    # a subject glued to the subhead above, with an auxiliary and an adverb before the cue
    (
        "The bank kept rates on hold.\n\nTaxes and growth\n\nEconomy Minister Tomas Lind has said "
        "repeatedly that lower taxes would help exporters.",
        [
            (
                "Economy Minister Tomas Lind",
                "say",
                "that lower taxes would help exporters",
                "indirect",
            )
        ],
    ),
    # a quote paragraph after reported speech continues that speaker's turn
    (
        "Deputy Mayor Ana Costa said the city would keep the pools open through September."
        '\n\n"We are not going to close early."',
        [
            (
                "Deputy Mayor Ana Costa",
                "say",
                "the city would keep the pools open through September",
                "indirect",
            ),
            ("Deputy Mayor Ana Costa", "say", '"We are not going to close early."', "direct"),
        ],
    ),
    # a reported clause written before its cue holds all its coordinated verbs; each verb of
    # the clause also reports for its own subject
    (
        "The envoy reiterated the “firm support” of Ottawa for rebuilding the bridge and spoke "
        "with acting Governor Lee about “how the two sides can deepen trade”, an embassy "
        "statement said.",
        [
            (
                "an embassy statement",
                "say",
                "The envoy reiterated the “firm support” of Ottawa for rebuilding the bridge and "
                "spoke with acting Governor Lee about “how the two sides can deepen trade”",
                "mixed",
            ),
            (
                "The envoy",
                "reiterate",
                "the “firm support” of Ottawa for rebuilding the bridge",
                "mixed",
            ),
            ("The envoy", "speak about", "“how the two sides can deepen trade”", "direct"),
        ],
    ),
    (
        "The coach praised the players and thanked the fans for their patience, the club said "
        "in a statement.",
        [
            (
                "the club",
                "say",
                "The coach praised the players and thanked the fans for their patience",
                "indirect",
            ),
            ("The coach", "praise", "the players", "indirect"),
        ],
    ),
    # a passive cue: its agent is the speaker and its subject what was said of
    (
        "The new budget was criticized by the opposition.",
        [("the opposition", "criticize", "The new budget", "indirect")],
    ),
    # a passive with no agent names no speaker: the subject and what completes the verb
    (
        "The official was accused of taking bribes from builders.",
        [(None, "accuse", "The official of taking bribes from builders", "indirect")],
    ),
    (
        "The officer was charged with manslaughter on Thursday.",
        [(None, "charge", "The officer with manslaughter", "indirect")],
    ),
    # a pronoun object counts when something completes it
    (
        "The governor accused them of hiding the report.",
        [("The governor", "accuse", "them of hiding the report", "indirect")],
    ),
    ("The governor denied it.", []),
    # a particle or a clause opened by the cue's preposition
    (
        "The mayor has called on police to release the footage.",
        [("The mayor", "call on", "police to release the footage", "indirect")],
    ),
    (
        "She called for the fees to be returned to customers.",
        [("She", "call for", "the fees to be returned to customers", "indirect")],
    ),
    (
        "The union pointed to the new contract as proof of progress.",
        [("The union", "point to", "the new contract as proof of progress", "indirect")],
    ),
    # an embedded question is what was (not) said
    (
        "Lawmakers have not said when they would vote on the bill.",
        [("Lawmakers", "say", "when they would vote on the bill", "indirect")],
    ),
    # a "that" clause the parser hung on a noun of the cue's prepositional phrase
    (
        "The paper reported at the time that the editor had resigned.",
        [("The paper", "report", "that the editor had resigned", "indirect")],
    ),
    # an infinitive the parser took for an adverbial clause
    (
        'The coach told his players at practice to "stay calm" before the final.',
        [
            (
                "The coach",
                "tell",
                'his players at practice to "stay calm" before the final',
                "mixed",
            )
        ],
    ),
    # a parenthetical "as" clause attributes the clause it hangs on
    (
        "Paris, as the minister pointed out, has never hosted the games.",
        [("the minister", "point out", "Paris has never hosted the games", "indirect")],
    ),
    (
        'As the governor put it, the region is "open for business."',
        [("the governor", "put", 'the region is "open for business."', "mixed")],
    ),
    ("As the band played, the crowd sang along.", []),
    # verbs that describe or judge: "see" and "liken" only with what completes the object
    (
        "The union saw the vote as a warning to the board.",
        [("The union", "see", "the vote as a warning to the board", "indirect")],
    ),
    ("The union saw the vote on Monday.", []),
    (
        "The senator likened the tax plan to theft.",
        [("The senator", "liken", "the tax plan to theft", "indirect")],
    ),
    # comparing "to" likens; comparing "with" measures
    (
        "The senator compared the tax plan to theft.",
        [("The senator", "compare", "the tax plan to theft", "indirect")],
    ),
    ("Researchers compared the ice cores with samples taken in 1990.", []),
    (
        "The mayor mocked the proposal in a radio interview.",
        [("The mayor", "mock", "the proposal", "indirect")],
    ),
    (
        "The minister lamented that few young people vote.",
        [("The minister", "lament", "that few young people vote", "indirect")],
    ),
    (
        "The council plans to publish its report next week.",
        [("The council", "plan", "to publish its report next week", "indirect")],
    ),
    # seeking, voting, responding with or by; offering goods is no claim
    ("Stalls at the fair offered grilled fish and coffee.", []),
    (
        "The council voted to close the library.",
        [("The council", "vote", "to close the library", "indirect")],
    ),
    (
        "The union seeks to delay the vote.",
        [("The union", "seek", "to delay the vote", "indirect")],
    ),
    (
        "The minister responded by cutting the budget.",
        [("The minister", "respond by", "cutting the budget", "indirect")],
    ),
    # a dateline the parse glued to the speaker is not part of it
    (
        "BRUSSELS - European leaders pledged to spend more on defense.",
        [("European leaders", "pledge", "to spend more on defense", "indirect")],
    ),
    # the model's lemma "hop" for "hoped" is mended to the cue "hope"
    (
        "Mr. Lind hoped farmers would be able to sell their credits to the utilities.",
        [
            (
                "Mr. Lind",
                "hope",
                "farmers would be able to sell their credits to the utilities",
                "indirect",
            )
        ],
    ),
    # a headline the parser glued to the first sentence gives nothing; the sentence's own
    # words before ", officials said" are the claim
    (
        "Minister says storm will hit coast\n\nThe storm reached the coast on Monday, "
        "officials said.",
        [("officials", "say", "The storm reached the coast on Monday", "indirect")],
    ),
    # a caption the parser hung the next line's cue on gives no speaker: the cue's own line does
    (
        "Protesters gather outside Dunmore's office\n\nDunmore told reporters she would meet "
        "union leaders on Friday.",
        [("Dunmore", "tell", "she would meet union leaders on Friday", "indirect")],
    ),
    # a clause reported inside reported speech keeps both claims, the outer and the inner
    (
        "The minister said the government believed that the port would reopen in May.",
        [
            (
                "The minister",
                "say",
                "the government believed that the port would reopen in May",
                "indirect",
            ),
            ("the government", "believe", "that the port would reopen in May", "indirect"),
        ],
    ),
    # an act described inside someone's words is that someone's account: one claim
    (
        "The campaign said the senator had mocked the plan during the debate.",
        [
            (
                "The campaign",
                "say",
                "the senator had mocked the plan during the debate",
                "indirect",
            )
        ],
    ),
    (
        "The coach said the players had promised to train harder.",
        [("The coach", "say", "the players had promised to train harder", "indirect")],
    ),
    # a free relative is the object: "what she called ..." is inside the mayor's claim
    (
        'The mayor condemned what she called a "reckless" plan.',
        [("The mayor", "condemn", 'what she called a "reckless" plan', "mixed")],
    ),
    # a statement with two "that" clauses is one claim; "it" restating the reporter adds none
    (
        "The singer's fans were waiting outside.\n\nLisbon said in a statement that it welcomed "
        "the plan but that any change had to protect fishermen.",
        [
            (
                "Lisbon",
                "say",
                "that it welcomed the plan but that any change had to protect fishermen",
                "indirect",
            )
        ],
    ),
    # a quotation the content opens runs to its closing mark, however the parser cut the
    # object's phrase ("to families" hung on "called")
    (
        "Resident Tom Alvarez, who lives on Cedar Street, called the decision \"a slap in the "
        "face to families on fixed incomes.\"",
        [
            (
                "Resident Tom Alvarez",
                "call",
                "the decision \"a slap in the face to families on fixed incomes.\"",
                "mixed",
            )
        ],
    ),
    # an unattributed passive cue over the same words gives way to the claim with a speaker
    (
        "A 27-year-old Hudson man was charged Monday with vehicular homicide in connection "
        "with a crash that killed a pedestrian on Route 20 in Sudbury last week, police said.",
        [
            (
                "police",
                "say",
                "A 27-year-old Hudson man was charged Monday with vehicular homicide in "
                "connection with a crash that killed a pedestrian on Route 20 in Sudbury last "
                "week",
                "indirect",
            )
        ],
    ),
    # the parser joins a distance and the speaker as one subject: the distance never speaks
    (
        "The Seine rose nearly 3 metres overnight near Rouen, about 65 km (40 miles) southeast "
        "of Le Havre, and civil protection chief Luc Bernard warned that water levels could "
        "peak on Wednesday.",
        [
            (
                "civil protection chief Luc Bernard",
                "warn",
                "that water levels could peak on Wednesday",
                "indirect",
            )
        ],
    ),
    # a date right after the cue tells when it was said, though the parser hangs it on the
    # clause
    (
        "The appliance maker said on Wednesday it would cut 800 jobs.",
        [("The appliance maker", "say", "it would cut 800 jobs", "indirect")],
    ),
    # the "but" before a second reporting verb belongs to neither claim
    (
        "Anglian Water said engineers had repaired the main on Tuesday but warned that "
        "supplies could be cut again.",
        [
            ("Anglian Water", "say", "engineers had repaired the main on Tuesday", "indirect"),
            ("Anglian Water", "warn", "that supplies could be cut again", "indirect"),
        ],
    ),
    # the model's lemma "hop" for "hoping" is mended too: a cue in the progressive
    (
        "The ferry operator is hoping that the harbour, closed since the storm, will reopen "
        "by Easter.",
        [
            (
                "The ferry operator",
                "hope",
                "that the harbour, closed since the storm, will reopen by Easter",
                "indirect",
            )
        ],
    ),
    (
        "Nurses were hoping the board would raise their pay.",
        [("Nurses", "hope", "the board would raise their pay", "indirect")],
    ),
    # a statement voiced before a colon introduces the quote after it
    (
        'The harbour master issued a statement: "No vessel will leave port until the swell '
        'drops."',
        [
            (
                "The harbour master",
                "issued a statement",
                '"No vessel will leave port until the swell drops."',
                "direct",
            )
        ],
    ),
    (
        'On Friday, Councillor Petra Lind made the following comment: "Every household on '
        'the estate deserves a working lift."',
        [
            (
                "Councillor Petra Lind",
                "made the following comment",
                '"Every household on the estate deserves a working lift."',
                "direct",
            )
        ],
    ),
    # ... and the paragraph set off after it, as after "X said:"
    (
        "The harbour master issued a statement:\n\nNo vessel will leave port until the swell "
        "drops, and crews should stay ashore.\n\nThe port is shut.",
        [
            (
                "The harbour master",
                "issued a statement",
                "No vessel will leave port until the swell drops, and crews should stay ashore",
                "direct",
            )
        ],
    ),
    # a feeling about what happened is the stance of whoever holds it, also where the parser
    # reads the adjective as a passive verb
    (
        "Fishermen were frustrated that the ministry had closed the bay without warning.",
        [
            (
                "Fishermen",
                "frustrated",
                "the ministry had closed the bay without warning",
                "indirect",
            )
        ],
    ),
    (
        "Residents are angry that the council sold the park.",
        [("Residents", "angry", "the council sold the park", "indirect")],
    ),
    # ... and a fear of a thing is none
    ("The boy was afraid of the dark.", []),
    # an argument made, or a case, is its maker's claim; a conditional "in the case that" and
    # a court case are none
    (
        "The senator made the case that the levy would hurt farmers.",
        [("The senator", "case", "the levy would hurt farmers", "indirect")],
    ),
    (
        "Growers made the argument that the levy was unfair.",
        [("Growers", "argument", "the levy was unfair", "indirect")],
    ),
    ("In the case that the vote fails, the levy lapses. The firm won the case that its rival "
     "brought.", []),
    # the parser takes the reported clause's subject for a second subject of the cue: what
    # was said still runs from the sentence's start to the comma before "the Courier"
    (
        "The three “loopholes” he cited are “the ability to use losses to offset other income, "
        "to claim losses beyond what was invested and to avoid capital gains,” the Courier "
        "reported.\n\nThe plan, he said, is “a fraud from start to finish.”",
        [
            (
                "the Courier",
                "report",
                "The three “loopholes” he cited are “the ability to use losses to offset other "
                "income, to claim losses beyond what was invested and to avoid capital gains,”",
                "mixed",
            ),
            ("he", "say", "The plan is “a fraud from start to finish.”", "mixed"),
        ],
    ),
    # a participle set off after the claim is the writer's, though the parser joins it to the
    # content; a list of participles with its "and" is what was said
    (
        'Senator Dale Ruiz on Tuesday accused his rival of "lying to voters" about the cost of '
        "her tax plan, escalating a feud that has dominated the final weeks of the race.",
        [
            (
                "Senator Dale Ruiz",
                "accuse",
                'his rival of "lying to voters" about the cost of her tax plan',
                "mixed",
            )
        ],
    ),
    (
        "The union accused the firm of cutting pay, closing plants and ignoring safety.",
        [
            (
                "The union",
                "accuse",
                "the firm of cutting pay, closing plants and ignoring safety",
                "indirect",
            )
        ],
    ),
    # a cue inside a relative clause: the speaker is its subject, what was said the pronoun
    # and the words after the cue, to the clause's end
    (
        "The two will meet Thursday in their only debate, which organizers say could draw a "
        "record audience.",
        [("organizers", "say", "which could draw a record audience", "indirect")],
    ),
    (
        "The plan, which critics say will raise taxes, passed.",
        [("critics", "say", "which will raise taxes", "indirect")],
    ),
    # ... and a cue of what the relative clause's pronoun is subject to under that cue has
    # the noun the clause is hung on as its speaker, not the pronoun
    (
        "Growers waved a survey that they say shows the drought is over.",
        [("they", "say", "that shows the drought is over", "indirect"),
         ("a survey", "show", "the drought is over", "indirect")],
    ),
    # a passive cue with no agent before an infinitive: someone unnamed holds what the
    # subject and the infinitive say
    (
        "The ferry strike is expected to end before the holiday weekend.",
        [(None, "expect", "The ferry strike to end before the holiday weekend", "indirect")],
    ),
    (
        "The harbour master is said to be furious about the leak.",
        [(None, "say", "The harbour master to be furious about the leak", "indirect")],
    ),
    # ... but not with its agent, nor where the passive passes on an instruction
    ("The ferry strike was expected by nobody.", []),
    ("Residents were told to be ready to leave at short notice.", []),
    # a headline's label before a colon is who says what follows when the story names that
    # speaker, NER calls the label a person or an organisation, or it is a poll or a survey
    (
        "Holt: Harbour Deal Will Cost Jobs\n\nMayor Karen Holt told reporters on Monday that "
        "the deal was dead.",
        [("Holt", ":", "Harbour Deal Will Cost Jobs", "indirect"),
         ("Mayor Karen Holt", "tell", "that the deal was dead", "indirect")],
    ),
    (
        "Survey: Most Riders Want Later Trains.\n\nThe transit board met on Monday.",
        [("Survey", ":", "Most Riders Want Later Trains", "indirect")],
    ),
    (
        "Mayor Holt on Housing: The City Has Waited Too Long\n\nKaren Holt told reporters on "
        "Monday that rents were too high.",
        [("Mayor Holt", ":", "The City Has Waited Too Long", "indirect"),
         ("Karen Holt", "tell", "that rents were too high", "indirect")],
    ),
    # a headline's words in one quotation are direct; a word or two in quote marks is the
    # desk's shorthand, the claim indirect
    (
        "Holt: Mayor Was 'Misled' on Harbour Deal\n\nMayor Karen Holt told reporters on Monday "
        "that the deal was dead.",
        [("Holt", ":", "Mayor Was 'Misled' on Harbour Deal", "indirect"),
         ("Mayor Karen Holt", "tell", "that the deal was dead", "indirect")],
    ),
    (
        "Holt: 'We Were Misled on the Harbour Deal'\n\nMayor Karen Holt told reporters on "
        "Monday that the deal was dead.",
        [("Holt", ":", "'We Were Misled on the Harbour Deal'", "direct"),
         ("Mayor Karen Holt", "tell", "that the deal was dead", "indirect")],
    ),
    # ... but not a section label, a place, a kicker in capitals, a timestamp's label, a
    # title with no verb, nor such a line inside the story
    ("Analysis: Why the Harbour Vote Matters\n\nThe council met on Monday.", []),
    ("Ukraine: Shelling Hits Power Plant\n\nThe plant lies near the river.", []),
    ("HARBOUR FIGHT: Council Delays Vote\n\nThe council met on Monday.", []),
    ("Ruiz: A Life in Politics\n\nAna Ruiz was elected in 2019.", []),
    ("Harbour plan stalls\n\nThe council met on Monday.\n\nRuiz: Deal Will Cost Jobs", []),
    # a cue the parser joined to a verb inside a quotation takes no subject from the quote
    (
        'The mayor insists she acted quickly. In an interview, she said she ordered the review '
        '"the moment I saw the figures" and denied that anyone had hidden the data.',
        [("The mayor", "insist", "she acted quickly", "indirect"),
         ("she", "say", 'she ordered the review "the moment I saw the figures" and denied that '
          "anyone had hidden the data", "mixed"),
         ("she", "deny", "that anyone had hidden the data", "indirect")],
    ),
    # a reporting verb joined to the reported clause, cut from it, is the reporter's own
    # claim, even where the clause's subject is a pronoun for the reporter
    (
        "She said she closed the pier and denied that anyone had been hurt.",
        [("She", "say", "she closed the pier", "indirect"),
         ("She", "deny", "that anyone had been hurt", "indirect")],
    ),
    # a transcript's turns are its speakers' claims, their words as spoken; one line in that
    # form alone is an editor's note or a kicker
    (
        "HOST: Where were you on the night of the fire?\nOKAFOR: I was at home with my kids.",
        [("HOST", ":", "Where were you on the night of the fire?", "direct"),
         ("OKAFOR", ":", "I was at home with my kids", "direct")],
    ),
    ("The council met on Monday.\n\nCORRECTION: An earlier version misspelled a name.", []),
    # a turn's label may give the speaker's role after a comma: the name is the speaker
    (
        "MARA KELLING, host: Where did the water come in?\nTOM HALE, correspondent: Through "
        "the old sea wall.",
        [("MARA KELLING", ":", "Where did the water come in?", "direct"),
         ("TOM HALE", ":", "Through the old sea wall", "direct")],
    ),
    # a noun of something said that is not the verb's object introduces nothing
    (
        'The statement ended with a line in bold: "Closed until further notice."',
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REVIEW_CASES)
def test_claims_review_cases(claims_extractor: Extractor, text: str, expected: list) -> None:
    claims, _ = run(claims_extractor, text)
    got = [(c.speaker, c.cue, c.content, c.quote) for c in claims]
    assert got == expected
    for claim in claims:
        check_offsets(text, claim)


def test_claims_underscore_dashes_give_no_empty_speaker(nlp) -> None:
    """Wire copy writes dashes as " _ "; the parse then hangs the subject oddly, and a speaker
    range could come out empty and crash the document."""
    text = (
        "The coach met the board on Monday.\n\n"
        "Marin _ perhaps under pressure from the board _ has indicated she does not want to "
        "resign."
    )
    *claims, document = Extractor(nlp=nlp, kinds=("claim",)).extract(text)
    assert (document.status, document.error) == ("ok", None)
    for claim in claims:
        assert claim.speaker is None or claim.speaker_start < claim.speaker_end


def test_claims_long_document_of_quote_paragraphs(claims_extractor: Extractor) -> None:
    """2,000 short quoted paragraphs (a transcript-like live blog): every quote is a claim of the
    harbour master, each attributed one by its cue and each bare one as a continued turn. Speaker
    resolution looks up indexes, so the cost stays linear in the length of the text."""
    opening = "Harbour master Petra Lind inspected the docks on Monday.\n\n"
    pairs = [
        f"“Berth {n} needs new planks,” the harbour master said.\n\n"
        f"“We will mend berth {n} before the storms arrive.”\n\n"
        for n in range(1, 1001)
    ]
    text = opening + "".join(pairs)
    claims, actors = run(claims_extractor, text)
    lind = next(a.id for a in actors.values() if a.name == "Petra Lind")
    assert len(claims) == 2000
    for n, (said, continued) in enumerate(zip(claims[::2], claims[1::2], strict=True), start=1):
        assert (said.speaker, said.cue, said.content, said.rule) == (
            "the harbour master",
            "say",
            f"“Berth {n} needs new planks,”",
            "quote-after",
        )
        assert (continued.speaker, continued.cue, continued.content, continued.rule) == (
            "the harbour master",
            "say",
            f"“We will mend berth {n} before the storms arrive.”",
            "quote-continuation",
        )
        assert said.speaker_ids == continued.speaker_ids == [lind]
    for claim in claims:
        check_offsets(text, claim)
