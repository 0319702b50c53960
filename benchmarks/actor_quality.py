"""What the actor stage gains over bare spaCy's entities (run by hand, not a test).

    .venv/bin/python benchmarks/actor_quality.py

Typed strict mention F1 (person, organization, location; country counts as
location, group as misc, a place record as location; gold misc mentions are ignore regions) on
the invented, hand-annotated passages below, for bare spaCy entities and for the actor and place
stages together (a name is an actor or a place, never both).
"""

from __future__ import annotations

import re
from pathlib import Path

from extractor.body import find_body
from extractor.pipeline import Extractor, load_model
from extractor.records import Actor, Place

ROOT = Path(__file__).resolve().parent.parent
TYPE_MAP = {
    "person": "person",
    "organization": "organization",
    "location": "location",
    "country": "location",
    "group": "misc",
}
SPACY_MAP = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "location",
    "LOC": "location",
    "FAC": "location",
    "NORP": "misc",
}
GOLD_TYPES = {"P": "person", "O": "organization", "L": "location", "M": "misc"}

# Invented news passages, annotated CoNLL-style: names without "the", possessives or titles;
# nationality adjectives are misc; "the military" and other common nouns are not annotated.
PASSAGES = """\
[[L|Chile]] and [[L|Peru]] sign border deal after decades of dispute

[[M|Chilean]] President [[P|Ana Morales]] and her [[M|Peruvian]] counterpart [[P|Luis Quispe]] \
signed an agreement on Thursday that settles a maritime boundary contested for more than 40 \
years. [[P|Morales]] said the deal "closes a painful chapter" for both nations. [[L|Lima]] had \
long argued that the line drawn in 1952 was unfair, and [[L|Santiago]] refused to reopen talks \
until the [[O|International Court of Justice]] ruled in 2014. [[P|Quispe]], speaking in \
[[L|Arequipa]], thanked [[L|Brazil]] and [[L|Mexico]] for their help. The [[O|Organization of \
American States]] welcomed the agreement in a statement.
===
Floods force thousands from homes in northern [[L|Italy]]

Heavy rain has forced more than 5,000 people from their homes in the [[L|Emilia-Romagna]] region, \
officials said on Sunday. The civil protection agency said rivers burst their banks near \
[[L|Bologna]] and [[L|Ravenna]]. Prime Minister [[P|Giulia Ferrante]] cut short a visit to \
[[L|Brussels]] to return to [[L|Rome]]. "We will not leave anyone behind," [[P|Ferrante]] told \
[[O|RAI]] television. The [[O|European Commission]] offered emergency funds, according to its \
spokesman [[P|Marc Dubois]]. Firefighters rescued 300 people by helicopter, the regional \
governor, [[P|Paolo Bianchi]], said.
===
Tech giant fined over data breach

[[O|Nordlicht AG]], the [[M|German]] software maker, was fined 200 million euros by \
[[L|Ireland]]'s [[O|Data Protection Commission]] on Wednesday. The regulator said \
[[O|Nordlicht]] failed to protect the records of 12 million users. Chief executive \
[[P|Stefan Keller]] said the company would appeal. Shares in [[O|Nordlicht]] fell 4 percent in \
[[L|Frankfurt]]. Analysts at [[O|Morgan Stanley]] said the fine was smaller than expected. \
[[P|Keller]] told reporters in [[L|Berlin]] that [[O|Nordlicht]] had fixed the flaw within hours.
===
[[L|Iran]] says it will resume talks with [[O|IAEA]]

[[L|Tehran]] will resume talks with the [[O|International Atomic Energy Agency]] next month, \
[[M|Iranian]] Foreign Minister [[P|Reza Karimi]] said on Tuesday. The [[O|IAEA]] chief, \
[[P|Helena Lindgren]], is expected to visit [[L|Tehran]] in March. [[L|Washington]] and its \
[[M|European]] allies have urged [[L|Iran]] to allow inspectors back. [[P|Karimi]] said \
[[L|Iran]]'s nuclear programme was peaceful. A [[O|State Department]] spokesman said the \
[[L|United States]] would watch closely. [[L|Israel]]'s prime minister, [[P|David Levin]], warned \
that time was running out.
===
Court jails former mayor for corruption

A court in [[L|Nairobi]] on Friday sentenced former mayor [[P|Joseph Mwangi]] to 12 years in \
prison for stealing public funds. [[P|Mwangi]], who ran the city from 2013 to 2017, was found \
guilty of taking bribes worth $3 million. His lawyer, [[P|Grace Otieno]], said he would appeal to \
the [[O|High Court]]. The [[O|Ethics and Anti-Corruption Commission]] said the verdict sent a \
strong message. President [[P|Samuel Kariuki]] has promised to fight graft, but critics say few \
senior officials have been jailed. [[M|Kenyan]] media reported that [[P|Mwangi]] collapsed in \
court.
===
[[L|Russia]] and [[L|China]] hold joint naval drills

[[L|Russia]] and [[L|China]] began joint naval exercises in the [[L|Sea of Japan]] on Monday, \
[[L|Moscow]]'s defence ministry said. The drills involve 20 warships and will last a week. \
[[L|Beijing]] said the exercises were not aimed at any third country. [[L|Japan]]'s chief \
cabinet secretary, [[P|Hiroshi Tanaka]], said [[L|Tokyo]] was monitoring the situation. \
[[O|NATO]] Secretary-General [[P|Erik Solberg]] said the alliance was concerned. [[L|US]] \
officials said the [[O|Pentagon]] would keep ships in the region.
===
Election results delayed in [[L|Bolivia]]

Official results of [[L|Bolivia]]'s presidential election have been delayed by a week, the \
[[O|Supreme Electoral Tribunal]] said. Opposition candidate [[P|Carlos Mendoza]] said the delay \
raised questions. His rival, incumbent President [[P|Rosa Flores]], called for calm. Observers \
from the [[O|European Union]] said voting had been orderly. Protesters gathered outside the \
tribunal in [[L|La Paz]] on Saturday. [[P|Mendoza]] told [[O|Reuters]] he would accept a fair \
result. [[P|Flores]]'s campaign said she was confident of victory.
===
Storm Batters Coast As Residents Flee

A powerful storm hit the coast of [[L|Vietnam]] on Wednesday, killing at least 14 people. \
[[M|Vietnamese]] authorities evacuated 200,000 residents from [[L|Quang Ngai]] and [[L|Binh Dinh]] \
provinces. Winds of 150km/h tore roofs off houses in [[L|Hoi An]]. The [[O|Red Cross]] said it \
had sent supplies. Deputy Prime Minister [[P|Tran Van Minh]] visited the area. [[P|Minh]] said \
[[L|Hanoi]] would send troops to help clear debris. The storm is expected to weaken as it moves \
toward [[L|Laos]].
===
[[L|UK]] and [[L|France]] agree plan on [[L|Channel]] crossings

[[L|Britain]] and [[L|France]] agreed on Monday to share intelligence on smuggling gangs, \
[[M|British]] Home Secretary [[P|Sarah Whitfield]] said after talks in [[L|Paris]]. \
[[P|Whitfield]] met her [[M|French]] counterpart, [[P|Jean-Luc Moreau]], for three hours. \
[[L|London]] will pay [[L|Paris]] 50 million pounds over two years. [[P|Moreau]] said the money \
would fund more patrols. The [[O|Refugee Council]] criticised the deal. [[L|Britain]]'s \
opposition [[O|Labour Party]] said the plan would fail.
===
Peace talks stall in [[L|Sudan]]

Talks between [[L|Sudan]]'s army and the [[O|Rapid Support Forces]] stalled on Thursday, \
mediators said. The [[M|Saudi]] foreign ministry, which hosts the talks in [[L|Jeddah]], said \
both sides had agreed to a short truce. [[O|RSF]] commander [[P|Ibrahim Daglo]] accused the army \
of breaking earlier truces. The [[O|United Nations]] says 10 million people have fled their \
homes. [[O|UN]] envoy [[P|Amina Yusuf]] said the situation in [[L|Darfur]] was catastrophic. \
[[L|Egypt]] and [[L|Kenya]] offered to host a new round.
===
Airline orders 50 jets

[[O|Pacific Wings]] has ordered 50 narrow-body jets from [[O|Airbus]], the [[M|Australian]] \
carrier said on Tuesday. The deal is worth about $5 billion at list prices. Chief executive \
[[P|Megan Ross]] said the planes would replace older [[O|Boeing]] aircraft from 2027. \
[[O|Airbus]] said the order was its largest from an [[M|Australian]] airline. [[P|Ross]] said \
[[O|Pacific Wings]] would add routes to [[L|Japan]] and [[L|India]]. Shares rose 3 percent in \
[[L|Sydney]].
===
Minister resigns over leaked memo

[[L|Canada]]'s defence minister, [[P|Mark Thibault]], resigned on Friday after a leaked memo \
showed he had ignored warnings about supply shortages. Prime Minister [[P|Claire Dufresne]] \
accepted his resignation and named [[P|Anita Shah]] as his replacement. [[P|Thibault]] said in a \
statement that he took "full responsibility". The [[O|Conservative Party]] called for an inquiry. \
[[L|Ottawa]] has promised to raise defence spending to meet [[O|NATO]] targets. [[P|Shah]], a \
former diplomat, served as ambassador to [[L|Germany]].
"""
_MARK = re.compile(r"\[\[([POLM])\|([^\]]+)\]\]")


def annotated() -> list[tuple[str, list[tuple[int, int, str]]]]:
    """(text, gold mentions) of every passage."""
    out = []
    for passage in PASSAGES.split("===\n"):
        text, gold, last = [], [], 0
        length = 0
        for match in _MARK.finditer(passage):
            plain = passage[last : match.start()]
            text.append(plain)
            length += len(plain)
            gold.append((length, length + len(match.group(2)), GOLD_TYPES[match.group(1)]))
            text.append(match.group(2))
            length += len(match.group(2))
            last = match.end()
        text.append(passage[last:])
        out.append(("".join(text), gold))
    return out


def typed_strict(gold: list, pred: list) -> tuple[int, int, int]:
    """(typed matches, predictions, gold) with misc gold as ignore regions, as the team scores."""
    ignore = [g for g in gold if g[2] == "misc"]
    gold = [g for g in gold if g[2] != "misc"]

    def overlaps(a: tuple, b: tuple) -> bool:
        return a[0] < b[1] and b[0] < a[1]

    pred = [
        p
        for p in pred
        if not any(overlaps(p, x) for x in ignore) or any(overlaps(p, g) for g in gold)
    ]
    spans = {(g[0], g[1]): g[2] for g in gold}
    typed = sum(1 for p in set(pred) if spans.get((p[0], p[1])) == p[2])
    return typed, len(pred), len(gold)


def f1(counts: list[tuple[int, int, int]]) -> tuple[float, float, float]:
    tp, npred, ngold = (sum(c[i] for c in counts) for i in range(3))
    p, r = tp / max(npred, 1), tp / max(ngold, 1)
    return p, r, 2 * p * r / max(p + r, 1e-9)


def quality() -> None:
    nlp = load_model()
    extractor = Extractor(nlp=nlp, kinds=("actor", "place"))
    base, ours = [], []
    for text, gold in annotated():
        doc = nlp(find_body(text).mask(text))
        base.append(
            typed_strict(
                gold,
                [
                    (e.start_char, e.end_char, SPACY_MAP[e.label_])
                    for e in doc.ents
                    if e.label_ in SPACY_MAP
                ],
            )
        )
        # a name is an actor or a place, never both: places are the gold's locations
        pred = [
            (m.start, m.end, "location" if isinstance(r, Place) else TYPE_MAP[r.type])
            for r in extractor.extract(text)
            if isinstance(r, (Actor, Place))
            for m in r.mentions
        ]
        ours.append(typed_strict(gold, pred))
    for label, counts in (("bare spaCy NER", base), ("actors and places", ours)):
        p, r, f = f1(counts)
        print(f"{label:16} typed strict P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


def main() -> None:
    quality()


if __name__ == "__main__":
    main()
