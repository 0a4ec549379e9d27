"""Rules as self-validating data, and the evidence they produce."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from grooming_detect.normalize import NormalizedText, normalize

__all__ = ["CATEGORIES", "LANGUAGES", "Evidence", "Rule", "RuleSet"]

#: Signal categories, in the order the rule features use.
CATEGORIES: tuple[str, ...] = (
    "personal_info",
    "money_offer",
    "body_photo",
    "media_sale",
    "threat",
    "secrecy",
    "meeting",
    "sexual_talk",
    "trust_building",
)
LANGUAGES: tuple[str, ...] = ("en", "ko")

_NAME = re.compile(r"[a-z][a-z0-9_]*")
_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")


@dataclass(frozen=True, slots=True)
class Evidence:
    """One rule hit, located in the original text.

    Attributes
    ----------
    category : str
        Signal category of the rule.
    rule : str
        Rule name, unique across all rules.
    start, end : int
        Offsets into the original text (code points, end exclusive).
    text : str
        ``original[start:end]``.
    """

    category: str
    rule: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "rule": self.rule,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }


@dataclass(frozen=True)
class Rule:
    """A named pattern for one signal category in one language.

    The pattern is matched against normalised text (NFKC, case folded), so it
    is written in lower case. A rule checks itself when built and raises
    ``ValueError`` for an unknown category or language, a bad name, a weight
    out of range, a pattern that does not compile, or one that matches the
    empty string.

    Parameters
    ----------
    name : str
        Unique snake_case name, e.g. ``"en_ask_age"``.
    category : str
        One of :data:`CATEGORIES`.
    lang : str
        ``"en"`` or ``"ko"``.
    pattern : str
        Regular expression over normalised text.
    weight : float
        Strength of the signal in ``(0, 3]``; the rule feature of a category
        sums the weights of its hits.
    """

    name: str
    category: str
    lang: str
    pattern: str
    weight: float = 1.0
    compiled: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not _NAME.fullmatch(self.name):
            raise ValueError(f"rule name {self.name!r} must be snake_case")
        if self.category not in CATEGORIES:
            raise ValueError(f"rule {self.name}: unknown category {self.category!r}")
        if self.lang not in LANGUAGES:
            raise ValueError(f"rule {self.name}: unknown language {self.lang!r}")
        if not 0 < self.weight <= 3:
            raise ValueError(f"rule {self.name}: weight {self.weight} is outside (0, 3]")
        try:
            compiled = re.compile(self.pattern)
        except re.error as error:
            raise ValueError(f"rule {self.name}: pattern does not compile: {error}") from None
        if compiled.search("") is not None:
            raise ValueError(f"rule {self.name}: pattern matches the empty string")
        object.__setattr__(self, "compiled", compiled)

    def find(self, normalized: NormalizedText) -> list[Evidence]:
        """Return this rule's hits in ``normalized``, located in the original."""
        hits = []
        for match in self.compiled.finditer(normalized.text):
            start, end = normalized.original_span(*match.span())
            hits.append(Evidence(self.category, self.name, start, end, normalized.original[start:end]))
        return hits


class RuleSet:
    """A collection of rules applied together.

    Parameters
    ----------
    rules : iterable of Rule
        Rule names must be unique.
    """

    def __init__(self, rules) -> None:
        self.rules: tuple[Rule, ...] = tuple(rules)
        names = [rule.name for rule in self.rules]
        duplicated = sorted({name for name in names if names.count(name) > 1})
        if duplicated:
            raise ValueError(f"duplicate rule names: {', '.join(duplicated)}")
        self.by_name: dict[str, Rule] = {rule.name: rule for rule in self.rules}
        self._english = tuple(rule for rule in self.rules if rule.lang == "en")
        self._korean = tuple(rule for rule in self.rules if rule.lang == "ko")

    def __len__(self) -> int:
        return len(self.rules)

    def __iter__(self):
        return iter(self.rules)

    def match(self, text: str) -> list[Evidence]:
        """Return every rule hit in ``text``, ordered by position.

        Both languages' rules run on every text (chat mixes them); Korean
        rules are skipped when the text has no Hangul.
        """
        if not text or text.isspace():
            return []
        normalized = normalize(text)
        rules = self._english + self._korean if _HANGUL.search(normalized.text) else self._english
        hits = [hit for rule in rules for hit in rule.find(normalized)]
        hits.sort(key=lambda hit: (hit.start, hit.end, hit.rule))
        return hits
