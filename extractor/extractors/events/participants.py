"""Who did it and to whom: an event's agents, patients and object from the dependency parse.

Verbs: the subject is the agent, the object and "with/against/on" phrases the patients, passive
voice turned round ("X was attacked by Y": agent Y, patient X). A verb without a subject of its
own takes its controller's: "voted to impeach" (the voters), "were killed or injured" (the same
troops), "a missile launched from" (the missile, as patient). Nouns: the possessor and the "of"
phrase take the role the lexicon gives the noun ("Russia's invasion of Ukraine": agent Russia,
patient Ukraine; "the minister's arrest": patient), "by" phrases are agents.

A phrase names several actors when coordinated ("Both X and Y condemned"); each part stands for
the actor named on its head, else the last actor named in it outside "of" phrases, possessives
and clauses ("Foreign Minister Z" is Z; "the head of the agency" is nobody); a pronoun for its
antecedent (`pronouns`). What is acted on and is no actor becomes the `object` text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..actors.tables import people_nouns
from .lexicon import INTRANSITIVE, PATIENT, noun_entry, roles
from .links import Links
from .pronouns import antecedent
from .triggers import HEADLINE_VERB, Trigger

MAX_PHRASE_TOKENS = 12
_BLANK_LINE = re.compile(r"\n\s*\n")
"""An argument phrase reaches at most this many tokens either side of its head word."""
MAX_CONTROL_DEPTH = 3
"""How many verbs up a subjectless verb looks for the subject it shares (xcomp, conj, advcl)."""
MAX_WALK = 8
"""How many heads up a name inside a phrase is followed to learn whether it is the phrase's own."""
SUBJECTS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
OBJECTS = frozenset({"dobj", "dative"})
SHARES_SUBJECT = frozenset({"xcomp", "conj", "advcl"})
RELATIVE_TAGS = frozenset({"WDT", "WP"})
NOT_OWN = frozenset({"prep", "poss", "relcl", "acl", "advcl", "ccomp"})
"""A name below one of these inside a phrase is not what the phrase names."""
PHRASE_RIGHT = frozenset({"appos", "conj", "cc", "compound", "flat", "nummod", "case"})
"""Children after the head word that still belong to the phrase."""
OBJECT_RIGHT = PHRASE_RIGHT - {"appos"} | {"prep"}
"""An object keeps its "of" phrase ("a barrage of rockets"), no other preposition."""
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
UNDERGOING = frozenset({"accident", "disaster", "health", "movement", "other"})
"""Categories whose verbs tell what befell or moved their subject ("the bridge collapsed",
"prices fell", "the missile flew"): a subject that is no actor is what the event happened to.
Elsewhere a subject that names people acts ("troops fired", "officers searched") and is no
object."""
COORDINATORS = frozenset({"and", "or", "&"})


@dataclass(slots=True)
class Participants:
    agents: list[str] = field(default_factory=list)
    patients: list[str] = field(default_factory=list)
    object: tuple[int, int] | None = None  # char offsets
    extent: list[tuple[int, int]] = field(default_factory=list)  # every argument, as written

    def add(self, role: list[str], ids: list[str]) -> None:
        role.extend(i for i in ids if i not in role)


def participants(trigger: Trigger, links: Links) -> Participants:
    """The actors and object of one event."""
    if trigger.is_verb:
        return _of_verb(trigger.token, links, trigger.category in UNDERGOING)
    if trigger.rule == HEADLINE_VERB:
        return _of_headline_verb(trigger.token, links)
    return _of_noun(trigger, links)


def _of_headline_verb(verb: Token, links: Links) -> Participants:
    """ "Sudan Bombs Refugee Camp", "AMD Buys SeaMicro": the parse of a headline read as names
    says nothing; the actor right before the verb (and its "to") acts, the one right after
    undergoes."""
    found = Participants()
    before = verb.i - 2 if verb.doc[verb.i - 1].lower_ == "to" else verb.i - 1
    for i, role in ((before, found.agents), (verb.i + 1, found.patients)):
        if 0 <= i < len(verb.doc) and links.actor[i] is not None:
            found.add(role, [links.actor[i]])
            found.extent.append((verb.doc[i].idx, verb.doc[i].idx + len(verb.doc[i])))
    return found


def _of_verb(verb: Token, links: Links, undergone: bool) -> Participants:
    """The actors and object of a verb; a subject that is no actor is its object when the
    verb tells what the subject `undergone`, or when it names no people ("the glacier
    retreated"; not "officers searched")."""
    found = Participants()
    subject = subject_of(verb)
    objects = [c for c in verb.children if c.dep_ in OBJECTS and not _measure(c, links)]
    if subject is not None:
        token, role = subject
        ids, span = _subject_on_line(token, verb, links)
        if span is not None:
            found.extent.append(span)
        if role in PASSIVE_SUBJECTS:
            found.add(found.patients, ids)
            if not ids:
                found.object = span
        else:
            found.add(found.agents, ids)
            if not ids and not objects and token.pos_ != "PRON" and (
                    undergone or token.lemma_.lower() not in people_nouns()):
                found.object = span  # "the bridge collapsed", "the glacier retreated"
    preps = roles()
    for child in objects:
        cut = _paragraph_end(verb, child)
        if cut is not None:  # the object's head lies past a blank line: its words before it
            _add_object_before(verb, child, cut, found, links)
            continue
        ids = refer(child, links)
        _note(found, child)
        found.add(found.patients, ids)
        if not ids and child.dep_ == "dobj":
            found.object = phrase(child, OBJECT_RIGHT)
        if noun_entry(child) is not None:  # "held talks with X", "sanctions on X"
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in preps["patient_preps"]:
                    _add_objects_of(prep, found, found.patients, links)
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in preps["agent_preps"]):
            _add_objects_of(child, found, found.agents, links)
        elif child.dep_ == "prep" and child.lower_ in preps["patient_preps"]:
            _add_objects_of(child, found, found.patients, links)
    return found


def _measure(token: Token, links: Links) -> bool:
    """A date or distance in object position measures the event: "flew 1,100km", "rose 5%"."""
    return links.date[token.i] is not None or links.distance[token.i] is not None


def _add_object_before(
    verb: Token, child: Token, cut: int, found: Participants, links: Links
) -> None:
    """The part of an object phrase before the blank line at token `cut` ("storm lashes coast"
    when the parse makes the dateline's city its head); none when it all lies past it."""
    doc = verb.doc
    start, end = max(child.left_edge.i, verb.i + 1), cut
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end <= start:
        return
    words = doc[start:end]
    span = (words.start_char, words.end_char)
    ids = _refer_range(doc, start, end, links)
    found.extent.append(span)
    found.add(found.patients, ids)
    if not ids and child.dep_ == "dobj":
        found.object = span


def _paragraph_end(verb: Token, child: Token) -> int | None:
    """The blank line between a verb and its object after it, if any (a heading without a
    full stop runs into the next paragraph, and the parser may take a word there as its
    object)."""
    doc = verb.doc
    for i in range(verb.i + 1, min(child.i, verb.i + 2 * MAX_PHRASE_TOKENS)):
        if doc[i].is_space and _BLANK_LINE.search(doc[i].text):
            return i
    return None


def _subject_on_line(
    subject: Token, verb: Token, links: Links
) -> tuple[list[str], tuple[int, int] | None]:
    """The subject's actors and offsets; across a line break only the words on the verb's own
    line count (a heading without a full stop runs into the next paragraph's sentence, and the
    parser may take one of its words as the subject)."""
    doc = verb.doc
    if subject.i < verb.i:
        for i in range(verb.i - 1, max(subject.i, verb.i - 2 * MAX_PHRASE_TOKENS) - 1, -1):
            if doc[i].is_space and "\n" in doc[i].text:
                if i + 1 == verb.i:
                    return [], None
                words = doc[i + 1 : verb.i]
                return _refer_range(doc, i + 1, verb.i, links), (words.start_char, words.end_char)
    return refer(subject, links), phrase(subject, OBJECT_RIGHT)


def _of_noun(trigger: Trigger, links: Links) -> Participants:
    found = Participants()
    noun = trigger.token
    own = found.patients if trigger.possessor == PATIENT else found.agents
    of_role = found.agents if trigger.possessor == INTRANSITIVE else found.patients
    preps = roles()
    for child in noun.children:
        if child.dep_ == "poss" and links.date[child.i] is None:
            found.add(own, refer(child, links))
            _note(found, child)
        elif child.dep_ == "prep" and child.lower_ == "of":
            pobj = _pobj(child)
            if pobj is not None:
                ids = refer(pobj, links)
                found.add(of_role, ids)
                _note(found, pobj)
                if not ids:
                    found.object = phrase(pobj, OBJECT_RIGHT)
        elif child.dep_ == "prep" and child.lower_ in preps["agent_preps"]:
            _add_objects_of(child, found, found.agents, links)
        elif child.dep_ == "prep" and child.lower_ in preps["patient_preps"]:
            _add_objects_of(child, found, found.patients, links)
        elif child.dep_ in MODIFIER_DEPS and child.i < noun.i and _names_actor(child, links):
            found.add(own, [links.actor[child.i]])  # type: ignore[list-item]  # "US strikes"
            _note(found, child)
    if not found.agents and not found.patients and noun.dep_ == "compound":
        owner = next((c for c in noun.head.children if c.dep_ == "poss"), None)
        if owner is not None and links.date[owner.i] is None:
            found.add(own, refer(owner, links))  # "X's impeachment trial"
    return found


def _names_actor(token: Token, links: Links) -> bool:
    """A modifier naming an actor that is not a place: "US strikes", not "the Camp David summit"."""
    actor_id = links.actor[token.i]
    if actor_id is None:
        return False
    kind = links.actor_types.get(actor_id)
    return kind == "country" or (links.place[token.i] is None and kind != "location")


def subject_of(verb: Token, depth: int = 0) -> tuple[Token, str] | None:
    """The verb's subject and its dependency (active or passive), its own or its controller's."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    for child in verb.children:
        if child.dep_ in SUBJECTS or child.dep_ in PASSIVE_SUBJECTS:
            if child.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
                return verb.head, child.dep_  # "the troops who fought"
            return child, child.dep_
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head, "nsubjpass" if verb.tag_ == "VBN" else "nsubj"
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head  # "before landing", "by seeking": the clause's subject
    elif verb.dep_ not in SHARES_SUBJECT:
        return None
    if head.i == verb.i or depth >= MAX_CONTROL_DEPTH:
        return None
    if head.pos_ not in ("VERB", "AUX"):
        return None
    if verb.dep_ == "xcomp":
        controller = next((c for c in head.children if c.dep_ == "dobj"), None)
        if controller is not None:  # "urged the minister to resign"
            return controller, "nsubjpass" if passive else "nsubj"
    inherited = subject_of(head, depth + 1)
    if inherited is None:
        return None
    if verb.dep_ == "conj" and not passive:
        return inherited
    return inherited[0], "nsubjpass" if passive else "nsubj"


def _add_objects_of(prep: Token, found: Participants, role: list[str], links: Links) -> None:
    pobj = _pobj(prep)
    if pobj is not None:
        found.add(role, refer(pobj, links))
        _note(found, pobj)


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _note(found: Participants, head: Token) -> None:
    found.extent.append(phrase(head, PHRASE_RIGHT))


def phrase(head: Token, right_deps: frozenset[str]) -> tuple[int, int]:
    """Char offsets of the phrase headed by `head`: its left part and the listed right children."""
    doc = head.doc
    first, last = _phrase_tokens(head, right_deps)
    while last > head.i and doc[last].is_punct:
        last -= 1
    return doc[first].idx, doc[last].idx + len(doc[last])


def _phrase_tokens(head: Token, right_deps: frozenset[str]) -> tuple[int, int]:
    """First and last token of the phrase headed by `head`, at most MAX_PHRASE_TOKENS each side."""
    first = max(head.left_edge.i, head.i - MAX_PHRASE_TOKENS)
    last = head.i
    for child in head.rights:
        if child.is_space and "\n" not in child.text:
            continue  # the blanks Markdown's marks leave hang on the word before them
        if child.dep_ == "punct" and child.text == ",":
            continue  # "the inmate, Dale Ruiz,": the comma before an apposition
        if child.dep_ not in right_deps or child.right_edge.i - head.i > MAX_PHRASE_TOKENS:
            break
        if child.dep_ == "prep" and child.lower_ != "of":
            break
        last = child.right_edge.i
    return first, last


def refer(head: Token, links: Links) -> list[str]:
    """Actor ids the phrase headed by `head` names, coordinated parts in order."""
    if head.pos_ == "PRON":
        found = antecedent(head, links)
        return [found] if found else []
    first, last = _phrase_tokens(head, PHRASE_RIGHT)
    return _refer_range(head.doc, first, last + 1, links)


def _refer_range(doc: Doc, start: int, end: int, links: Links) -> list[str]:
    ids: list[str] = []
    for s, e in _parts(doc, start, end, links):
        actor_id = _part_actor(doc, s, e, links)
        if actor_id is not None and actor_id not in ids:
            ids.append(actor_id)
    return ids


def _parts(doc: Doc, start: int, end: int, links: Links) -> list[tuple[int, int]]:
    """Token ranges between coordinating "and"/"or" outside names."""
    parts, last = [], start
    for i in range(start, end):
        token = doc[i]
        if token.dep_ == "cc" and token.lower_ in COORDINATORS and links.actor[i] is None:
            parts.append((last, i))
            last = i + 1
    parts.append((last, end))
    return [(s, e) for s, e in parts if e > s]


def _part_actor(doc: Doc, start: int, end: int, links: Links) -> str | None:
    """The actor one coordinated part names (see the module docstring), or None."""
    root = doc[start:end].root
    if links.actor[root.i] is not None:
        return links.actor[root.i]
    fallback = None
    for i in range(end - 1, start - 1, -1):
        actor_id = links.actor[i]
        if actor_id is None:
            continue
        if _own(doc[i], root, start, end):
            return actor_id
        fallback = fallback or (actor_id if doc[i].dep_ == "poss" else None)
    if root.pos_ == "PRON":
        return antecedent(root, links)
    return fallback


def _own(token: Token, root: Token, start: int, end: int) -> bool:
    """Whether `token` hangs from `root` without an "of" phrase, possessive or clause between."""
    for _ in range(MAX_WALK):
        if token.i == root.i:
            return True
        if token.dep_ in NOT_OWN:
            return False
        token = token.head
        if not start <= token.i < end:
            return True
    return True
