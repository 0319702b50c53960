"""Actors, step 6: roles and affiliations of people.

From the title before a name ("Interior Minister X", "Peru's then-president X", "Reuters' X")
or the appositive after it ("X, the foreign minister of Y").
"""

from __future__ import annotations

from . import tables
from .state import (
    DETERMINERS,
    POSSESSIVE,
    ActorDraft,
    DocumentState,
    TokenMention,
)

#: A lowercase word before a title or role noun belongs to the role only when its head lies
#: within this many tokens ("mining union leader X").
MODIFIER_REACH = 4
#: A portfolio written after a name, before its comma, has at most this many words.
MAX_PORTFOLIO_WORDS = 6


class RoleDescriber(DocumentState):
    """Gives people their roles and affiliations."""

    def describe_people(self, people: list[ActorDraft]) -> None:
        for actor in people:
            for mention in actor.mentions:
                self.roles_before(actor, mention)
                self.roles_after(actor, mention)

    def add_role(self, actor: ActorDraft, role: str) -> None:
        if role.casefold() not in (r.casefold() for r in actor.roles):
            actor.roles.append(role)

    def extend_modifiers(self, ts: int) -> int:
        """Start of a role before the title at ts: "acting", "then-" and capitalised words of
        the title ("Environment Minister"), up to a country, nationality or name."""
        modifiers = tables.word_set("actors/title_modifiers.txt")
        portfolios = tables.word_set("actors/portfolios.txt")
        doc = self.doc
        while ts > 0 and ts not in self.demonym_end and ts not in self.by_end:
            t = doc[ts - 1]
            if t.lower_ in modifiers or t.is_title and t.lower_ in portfolios and t.is_alpha:
                ts -= 1
            elif t.text == "-" and ts > 1 and doc[ts - 2].lower_ in modifiers:
                ts -= 2
            elif t.is_title and t.is_alpha and t.dep_ == "compound" and not t.is_sent_start:
                ts -= 1
            elif (
                t.is_lower
                and ts not in self.title_end  # "spokesman Commander X": two titles
                and t.is_alpha
                and t.tag_ in ("NN", "NNS", "JJ")
                and t.dep_ in ("compound", "amod")
                and ts <= t.head.i < ts + MODIFIER_REACH
            ):  # "mining union leader X"
                ts -= 1
            else:
                break
        return ts

    def roles_before(self, actor: ActorDraft, mention: TokenMention) -> None:
        role_end = mention.start
        ts = self.title_end.get(mention.start)
        courtesy = tables.word_set("actors/courtesy_titles.txt")
        if ts is not None and self.surface(ts, role_end).lower() in courtesy and ts > 0:
            role_end = ts  # "polling expert Sir John Curtis": the role ends before "Sir"
            ts = self.title_end.get(role_end)
            if ts is None:
                ts = self.role_noun_before(role_end, mention.end)
            if ts is None:  # "Britain's Sir Keir Starmer": no role, maybe an affiliation
                affiliation = self.affiliation_ending_at(role_end, direct=True)
                if affiliation is not None and actor.affiliation is None:
                    actor.affiliation = affiliation
                return
        if ts is None:
            ts, role_end = self.appositive_title(mention)
        if ts is None:  # "Secretary of the Interior Dana Whitlow"
            ts, role_end = self.title_of_department(mention.start), mention.start
        if ts is None:
            ts, role_end = self.role_noun_before(mention.start, mention.end), mention.start
        if ts is None:
            affiliation = self.affiliation_ending_at(mention.start, direct=False)
            if affiliation is not None and actor.affiliation is None:
                actor.affiliation = affiliation
            return
        ts = self.extend_modifiers(ts)
        role = self.surface(ts, role_end)
        earlier = self.title_end.get(ts)
        if earlier is not None and self.doc[ts - 1].is_lower:  # "navy spokesman Commander X"
            self.add_role(actor, self.surface(self.extend_modifiers(earlier), ts))
        if role.lower() not in tables.word_set("actors/courtesy_titles.txt"):
            self.add_role(actor, role)
        affiliation = self.affiliation_ending_at(ts, direct=True)
        if affiliation is not None and actor.affiliation is None:
            actor.affiliation = affiliation

    def appositive_title(self, mention: TokenMention) -> tuple[int | None, int]:
        """Start and end of a title set off before the name: "Somalia's Minister of Water
        Affairs, X, said" (department words after "of" belong to the role); (None, 0) if none."""
        doc, comma = self.doc, mention.start - 1
        if comma < 1 or doc[comma].text != ",":
            return None, 0
        root = doc[mention.start : mention.end].root
        if root.dep_ != "appos" and not (mention.end < self.n and doc[mention.end].text == ","):
            return None, 0
        if comma in self.title_end:
            return self.title_end[comma], comma
        start = self.title_of_department(comma)
        return (start, comma) if start is not None else (None, 0)

    def title_of_department(self, end: int) -> int | None:
        """Start of a title naming its department after "of" that ends at token `end`
        ("Minister of Water Affairs", "Secretary of the Interior"); None if none."""
        doc = self.doc
        portfolios = tables.word_set("actors/portfolios.txt")
        k = end
        while (
            k > 0
            and end - k < MAX_PORTFOLIO_WORDS
            and doc[k - 1].lower_ in portfolios
            and not doc[k - 1].is_lower
        ):
            k -= 1
        if k == end:
            return None
        if k >= 1 and doc[k - 1].lower_ == "the":
            k -= 1
        if k >= 2 and doc[k - 1].lower_ in ("of", "for") and k - 1 in self.title_end:
            return self.title_end[k - 1]
        return None

    def role_noun_before(self, i: int, e: int) -> int | None:
        """Start of a lowercase role written before a name as its modifier: "glaciologist X",
        "UN humanitarian coordinator X"; None if the word before is no such noun."""
        doc = self.doc
        if i < 1:
            return None
        noun = doc[i - 1]
        if not (noun.tag_ == "NN" and noun.is_lower and noun.is_alpha and noun.dep_ == "compound"):
            return None
        if not i <= noun.head.i < e:
            return None
        k = i - 1
        while k > 0:
            t = doc[k - 1]
            if not (t.is_alpha and t.dep_ in ("amod", "compound")):
                break
            if not k - 1 < t.head.i < i + MODIFIER_REACH:
                break
            opens = t.is_sent_start or k > 1 and "\n" in doc[k - 2].text
            if t.is_lower and t.tag_ in ("NN", "JJ"):
                k -= 1
            elif opens and t.is_title and t.tag_ in ("NN", "NNP", "JJ"):  # "Plantation owner X"
                k -= 1
                break
            else:
                break
        return k

    def affiliation_ending_at(self, i: int, *, direct: bool) -> ActorDraft | str | None:
        """The country or organisation written right before token i ("US", "Japan's")."""
        doc = self.doc
        if i >= 2 and doc[i - 1].lower_ in POSSESSIVE:
            owner = self.mention_ending_at(i - 1)
            if owner is not None and owner.type in ("country", "organization"):
                return owner.actor
        if not direct:
            return None
        if i in self.demonym_end:
            return self.country_affiliation(self.demonym_end[i][1])
        before = self.mention_ending_at(i)
        if before is not None and before.type in ("country", "organization"):
            return before.actor
        return None

    def roles_after(self, actor: ActorDraft, mention: TokenMention) -> None:
        doc, j = self.doc, mention.end
        if j >= self.n or doc[j].text != ",":
            return
        j += 1
        if j < self.n and doc[j].lower_ in DETERMINERS:
            j += 1
        affiliation = None
        if j in self.demonym_start:
            affiliation = self.country_affiliation(self.demonym_start[j][1])
            j = self.demonym_start[j][0]
        else:
            owner = self.by_start.get(j)
            if owner is not None and owner.end < self.n and doc[owner.end].lower_ in POSSESSIVE:
                if owner.type in ("country", "organization"):
                    affiliation = owner.actor
                j = owner.end + 1
            elif owner is not None and owner.type in ("country", "organization") and \
                    owner.end in self.title_start:
                affiliation, j = owner.actor, owner.end  # "X, the England manager,"
        k = j
        modifiers = tables.word_set("actors/title_modifiers.txt")
        while k < self.n and (doc[k].lower_ in modifiers or doc[k].text == "-"):
            k += 1
        # a title that opens with a modifier's word is whole: "the chief executive of Apple"
        te = self.title_start.get(j) or self.title_start.get(k)
        if te is None:
            return
        after = doc[te] if te < self.n else None
        if after is not None and not (
            after.is_punct or after.lower_ in ("of", "for", "at", "who", "and")
        ):
            return
        role = self.surface(j, te)
        if role.lower() not in tables.word_set("actors/courtesy_titles.txt"):
            self.add_role(actor, role)
        if affiliation is None and after is not None and after.lower_ in ("of", "for", "at"):
            k = te + 1
            if k < self.n and doc[k].lower_ in DETERMINERS:
                k += 1
            owner = self.by_start.get(k)
            if owner is not None and owner.type in ("country", "organization"):
                affiliation = owner.actor
        if affiliation is not None and actor.affiliation is None:
            actor.affiliation = affiliation
