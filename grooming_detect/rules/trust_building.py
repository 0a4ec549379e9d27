"""Trust building: flattery, 'mature for your age', 'only I understand you'."""

from grooming_detect.rules.base import Rule

RULES = (
    # English
    Rule(
        "en_mature",
        "trust_building",
        "en",
        r"\bmature for (?:your|ur) age\b|\b(?:you|u) (?:seem|act|look|sound|are|r) (?:so |way |really )?(?:older|mature)\b"
        r"|\bnot like (?:other|the other|most) (?:girls|boys|kids|people)\b|\bmore mature than\b",
        1.5,
    ),
    Rule(
        "en_only_me",
        "trust_building",
        "en",
        r"\b(?:only|just) (?:i|me) (?:understand|get|know|care about) (?:you|u)\b|\bi'?m the only one\b|\bim the only one\b"
        r"|\bno ?one (?:else )?(?:understands|gets|cares about|loves) (?:you|u)\b|\b(?:you|u) can (?:trust|tell) me (?:anything|everything)\b"
        r"|\bi'?ll always be (?:here|there) for (?:you|u)\b|\bspecial (?:connection|bond|girl|boy|friendship)\b|\b(?:can|have to|gotta|should|just|u|you) trust me\b",
        1.3,
    ),
    Rule(
        "en_parents_bad",
        "trust_building",
        "en",
        r"\b(?:your|ur) (?:parents|mom|mum|dad|teachers?) (?:are|r|is|sound|seem) (?:so |really |too )?(?:strict|mean|annoying|controlling|unfair|toxic)\b"
        r"|\b(?:they|your parents|ur parents) don'?t (?:deserve|appreciate|get|understand) (?:you|u)\b",
        1.3,
    ),
    Rule(
        "en_flattery",
        "trust_building",
        "en",
        r"\b(?:you(?:'re| are)|ur|u r|youre|u are) (?:so |really |super |soo+ )?(?:beautiful|pretty|gorgeous|cute|stunning|special|perfect|amazing|smart)\b",
        0.6,
    ),
    # Korean
    Rule(
        "ko_mature",
        "trust_building",
        "ko",
        r"(?:나이|나이에)\s*(?:에\s*)?비해\s*(?:성숙|어른스|철|생각이\s*깊)|성숙(?:하|해)|어른스럽|(?:다른|또래)\s*애들(?:이랑|과|하고)\s*(?:달라|다르)",
        1.5,
    ),
    Rule(
        "ko_only_me",
        "trust_building",
        "ko",
        r"(?:나|나만|오빠만|언니만|형만|누나만)\s*(?:이|가)?\s*(?:너를|널|너)\s*(?:이해|알아|챙겨)|나만\s*믿어|(?:날|나|오빠)\s*믿어|너\s*편은\s*나"
        r"|내가\s*(?:다\s*)?(?:들어\s*줄게|지켜\s*줄게|챙겨\s*줄게)|특별한\s*(?:사이|관계|애)|너\s*같은\s*애\s*처음",
        1.3,
    ),
    Rule(
        "ko_parents_bad",
        "trust_building",
        "ko",
        r"(?:부모님|엄마|아빠)\s*(?:이|가|는|은)?\s*(?:너무|진짜|좀)?\s*(?:심하|엄하|너무하|이해\s*못|널\s*몰라)",
        1.3,
    ),
    Rule(
        "ko_flattery",
        "trust_building",
        "ko",
        r"^\s*(?:진짜|너무|완전|넘|존나)\s*(?:예쁘|이쁘|귀여|귀엽|잘생)|(?<![가-힣])(?:너(?![무가-힣])|넌|니가|네가|너가|너는)\s*(?:\S+\s+){0,2}?(?:예쁘|예뻐|이쁘|이뻐|귀여|귀엽|잘생)",
        0.6,
    ),
)
