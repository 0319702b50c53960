"""Actor mentions, step 2c: the story's names in a headline in capitals.

NER reads case, so a headline written in capitals ("WAUGH HITS CENTURY", "BONDS FIRM AFTER
BUNDESBANK HOLDS RATES") hides the names in it. The story writes them in ordinary case: a word or
run of words there that is, in capitals, a person's full, first or last name or an
organisation's name from the story is a mention of it.
"""

from __future__ import annotations

from .state import DocumentState, TokenMention

#: The rule a mention found in a headline in capitals is credited to.
CAPITALS_RULE = "capitals"


class CapitalsFinder(DocumentState):
    """Finds the story's names again in its headlines in capitals."""

    def find_names_in_capitals(self) -> None:
        lines = self.capitals_lines()
        if not lines:
            return
        forms = self.name_forms()
        if not forms:
            return
        doc, added = self.doc, False
        for start, end in lines:
            line = doc.char_span(start, end, alignment_mode="expand")
            i = line.start
            while i < line.end:
                found = next((f for f in forms.get(doc[i].text, ()) if self.matches(i, f[0])), None)
                if found is None:
                    i += 1
                    continue
                words, kind, label = found
                end_i = i + len(words)
                self.taken[i:end_i] = b"\x01" * len(words)
                self.mentions.append(TokenMention(i, end_i, kind, (CAPITALS_RULE,), label))
                added = True
                i = end_i
        if added:
            self.mentions.sort(key=lambda m: m.start)

    def name_forms(self) -> dict[str, list[tuple[tuple[str, ...], str, str]]]:
        """The story's names in capitals, by first word, longest first: (words, type, label).
        A one-word form the story also writes in lowercase is a common word ("PRICE"), left."""
        strings, lower = self.doc.vocab.strings, self.lower_words()
        forms: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}

        def add(words: list[str], kind: str, label: str) -> None:
            if len(words) == 1 and (strings[words[0].lower()] in lower or len(words[0]) < 2):
                return
            upper = tuple(w.upper() for w in words)
            entry = (upper, kind, label)
            if entry not in forms.setdefault(upper[0], []):
                forms[upper[0]].append(entry)

        for mention in self.mentions:
            if mention.head or mention.type not in ("person", "organization"):
                continue
            words = self.surface(mention.start, mention.end).split()
            add(words, mention.type, mention.label)
            if mention.type == "person" and len(words) > 1 and mention.label == "PERSON":
                add(words[:1], "person", mention.label)
                add(words[-1:], "person", mention.label)
        for entries in forms.values():
            entries.sort(key=lambda f: -len(f[0]))
        return forms

    def matches(self, i: int, words: tuple[str, ...]) -> bool:
        end = i + len(words)
        return end <= self.n and not any(self.taken[i:end]) and \
            all(t.text == w for t, w in zip(self.doc[i:end], words, strict=True))
