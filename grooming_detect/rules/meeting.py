"""Offline meeting: meet up, pick you up, come over, come alone."""

from grooming_detect.rules.base import Rule

RULES = (
    # English
    Rule(
        "en_meet",
        "meeting",
        "en",
        r"\b(?:meet|hang out|hangout|link up|meet up|meetup|see each other|chill)(?: \w+){0,2}? (?:irl|in person|in real life|offline|for real|alone|somewhere"
        r"|after school|this weekend|tonight|tomorrow|sometime|one day|soon)\b|\b(?:wanna|want to|let'?s|lets|can we|we should|could we|u wanna|you wanna) (?:meet|link|hang)\b"
        r"|(?<!nice to )(?<!good to )(?<!great to )\bmeet (?:you|u|me)\b(?! too)|\birl\b",
        1.1,
    ),
    Rule(
        "en_pick_up",
        "meeting",
        "en",
        r"\b(?:i'?ll|i will|i can|ill|let me|i could|i'?d) (?:pick (?:you|u) up|come get (?:you|u)|come (?:to|by) (?:your|ur)|drive (?:you|u)|give (?:you|u) a ride)\b"
        r"|\bpick (?:you|u|ya) up\b|\bwait (?:for (?:you|u) )?(?:outside|near|by) (?:your|ur|the) (?:school|house|place|gate)\b",
        1.4,
    ),
    Rule(
        "en_come_over",
        "meeting",
        "en",
        r"\bcome (?:over|to my (?:place|house|apartment|apt|car|hotel|room))\b|\bmy (?:place|apartment|apt|hotel)\b|\bsneak out\b"
        r"|\bsleep ?over at my\b|\bstay the night\b|\bin my car\b",
        1.3,
    ),
    Rule(
        "en_travel_pay",
        "meeting",
        "en",
        r"\b(?:pay|paying|cover) (?:for )?(?:your|ur|the) (?:uber|taxi|cab|bus|train|ticket|ride|gas|lyft|fare)\b|\bsend (?:you|u) (?:an|a) (?:uber|taxi|cab|lyft)\b"
        r"|\b(?:bus|train) ticket\b",
        1.2,
    ),
    Rule(
        "en_come_alone",
        "meeting",
        "en",
        r"\bcome alone\b|\bdon'?t bring (?:anyone|anybody|friends|ur friends|your friends|ur sister|your sister)\b|\bjust (?:the two of us|us two|you and me|u and me|us)\b"
        r"|\bno one has to come\b",
        1.4,
    ),
    Rule(
        "en_where_when",
        "meeting",
        "en",
        r"\bwhere (?:are|r) (?:you|u) (?:right )?now\b|\bwhen (?:are|r) (?:you|u) free\b|\bwhat time (?:do|d) (?:you|u) (?:get out|finish|leave|get home|get off)\b"
        r"|\bwhen do (?:your|ur) (?:parents|mom|dad) (?:leave|go to work|get home)\b",
        1.0,
    ),
    # Korean
    Rule(
        "ko_meet",
        "meeting",
        "ko",
        r"만나(?:자|볼래|볼까|줘|서\s*놀|면\s*좋|고\s*싶|는\s*거)|만날\s*(?:래|까|수|때|거)|실제로\s*(?:보|만나)|얼굴\s*(?:보자|보고\s*싶|한번\s*보)|한번\s*보자",
        1.1,
    ),
    Rule(
        "ko_pick_up",
        "meeting",
        "ko",
        r"데리러\s*(?:갈게|갈께|가(?![야고])|갈까|올게|간다)|픽업|태우러|태워\s*(?:줄게|줄께|줄까)|차\s*(?:로|타고)\s*(?:갈게|데리러)|앞에서\s*기다릴게",
        1.4,
    ),
    Rule(
        "ko_come_over",
        "meeting",
        "ko",
        r"(?:우리|내|오빠|언니|형|누나)\s*집\s*(?:에\s*)?(?:놀러\s*와|와|올래|으로\s*와|가자)|놀러\s*(?:와|올래)|모텔|호텔|자취방\s*(?:와|올래|으로|놀러)|자고\s*가",
        1.3,
    ),
    Rule(
        "ko_come_alone",
        "meeting",
        "ko",
        r"혼자\s*(?:와|나와|오면|올\s*수|나올)|(?:아무도|친구)\s*(?:데려오지|데리고\s*오지|데려\s*오지)|몰래\s*(?:나와|나올|와)|둘이서만\s*(?:보|만나)",
        1.4,
    ),
    Rule("ko_travel_pay", "meeting", "ko", r"택시비|차비|교통비|버스비|ktx\s*(?:표|비)|기차표", 1.2),
    Rule(
        "ko_when_free",
        "meeting",
        "ko",
        r"언제\s*(?:시간\s*(?:돼|되)|나올\s*수)|(?:학원|학교)\s*(?:몇\s*시에\s*)?끝나고\s*(?:뭐|시간|만나|보자|봐|봄|볼|나와|잠깐|바로\s*와|연락)"
        r"|지금\s*어디야",
        1.0,
    ),
)
