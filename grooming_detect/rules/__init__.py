"""Rule signals, one module per category, English and Korean side by side."""

from grooming_detect.rules import (
    body_photo,
    media_sale,
    meeting,
    money_offer,
    personal_info,
    secrecy,
    sexual_talk,
    threat,
    trust_building,
)
from grooming_detect.rules.base import CATEGORIES, LANGUAGES, Evidence, Rule, RuleSet

__all__ = ["CATEGORIES", "DEFAULT_RULES", "LANGUAGES", "Evidence", "Rule", "RuleSet", "match"]

_MODULES = (personal_info, money_offer, body_photo, media_sale, threat, secrecy, meeting, sexual_talk, trust_building)

#: The rules the shipped model was trained with.
DEFAULT_RULES = RuleSet(rule for module in _MODULES for rule in module.RULES)


def match(text: str) -> list[Evidence]:
    """Return the default rules' evidence in ``text``, ordered by position."""
    return DEFAULT_RULES.match(text)
