"""Threats, blackmail and sextortion."""

from grooming_detect.rules.base import Rule

_AUDIENCE = (
    r"(?:parents|mom|mum|mommy|dad|family|school|friends|followers|everyone|everybody|teachers?|internet|online"
    r"|class|classmates|principal|whole school|group chat|contacts|crush|insta|instagram|tiktok|snap)"
)

RULES = (
    # English
    Rule(
        "en_expose",
        "threat",
        "en",
        r"\b(?:i'?ll|i will|ill|gonna|going to|i'?m going to|im gonna|or i|i can|then i)(?: \w+){0,2}"
        r" (?:send|post|show|share|leak|forward|spread|upload|tell|expose|dm|email)\b.{0,40}?"
        r"(?:\b(?:your|ur|yo|all (?:your|ur)|the whole|your whole|ur whole) ?"
        + _AUDIENCE
        + r"\b|\b(?:everyone|everybody|the internet|online)\b)",
        1.8,
    ),
    Rule(
        "en_have_material",
        "threat",
        "en",
        r"\bi (?:have|got|saved|kept|recorded|still have) (?:screenshots|screenshot|ss|screen ?recording|your pics|ur pics|the pics|your photos"
        r"|ur photos|your vids|proof|the video|ur video|your video|everything (?:you|u|we) (?:sent|said))\b|\bscreenshotted\b|\bscreen ?recorded\b",
        1.6,
    ),
    Rule(
        "en_if_not",
        "threat",
        "en",
        r"\bif (?:you|u) (?:block|ignore|report|unfriend|unadd|stop (?:answering|replying|talking)|tell anyone|don'?t (?:reply|answer|send|do it|pay))\b"
        r"|\bunless (?:you|u) (?:send|pay|do)\b|\bor else\b|\bor everyone\b|\bor (?:your|ur) (?:parents|mom|dad|friends)\b",
        1.3,
    ),
    Rule(
        "en_deadline",
        "threat",
        "en",
        r"\b(?:you|u) (?:have|got) \d+ (?:min|mins|minutes|hours?|hrs?|seconds|secs|days?)\b|\bclock'?s ticking\b|\btick ?tock\b|\blast chance\b"
        r"|\bbefore (?:midnight|tonight|tomorrow) or\b",
        1.2,
    ),
    Rule(
        "en_ruin",
        "threat",
        "en",
        r"\bruin (?:your|ur) (?:life|reputation|rep)\b|\beveryone will (?:see|know)\b|\b(?:your|ur) life (?:is|will be)? ?over\b"
        r"|\byou'?ll regret\b|\bu'?ll regret\b|\bdo what i say\b",
        1.5,
    ),
    # English: families the first rules missed
    # Korean
    Rule(
        "ko_expose",
        "threat",
        "ko",
        r"(?:부모님|엄마|아빠|학교|친구들|반\s*애들|선생님|담임|인스타|sns|단톡|페북|트위터|유튜브|전교)\S{0,4}\s*(?:다\s*)?"
        r"(?:뿌리|뿌린|뿌릴|올린다|올릴|말한다|말할\s*거|알린다|알릴|보낼\s*거|보낸다|퍼뜨|퍼트|공개|유포|박제)",
        1.8,
    ),
    Rule(
        "ko_spread",
        "threat",
        "ko",
        r"뿌린다|뿌릴\s*거|뿌려\s*버|유포|퍼뜨릴|퍼트릴|올릴\s*거|박제\s*(?:한다|할)|공개\s*(?:한다|할\s*거)",
        1.5,
    ),
    Rule(
        "ko_if_not",
        "threat",
        "ko",
        r"안\s*(?:보내면|하면|주면|오면|나오면)|차단\s*(?:하면|하기만)|신고\s*(?:하면|해봐)|무시\s*(?:하면|하냐)|답\s*안\s*하면|말\s*안\s*들으면",
        1.3,
    ),
    Rule(
        "ko_have_material",
        "threat",
        "ko",
        r"(?:사진|캡처|캡쳐|대화|영상|녹화|녹음)\s*(?:다\s*)?(?:가지고|갖고|저장\s*(?:해\s*놨|했|해\s*뒀)|있거든|있다|해\s*놨|해놨|떠\s*놨|떠놨)",
        1.5,
    ),
    Rule(
        "ko_consequence",
        "threat",
        "ko",
        r"인생\s*(?:끝|망|조져|조지)|각오\s*해|후회\s*(?:하게|할)|가만\s*안\s*(?:둬|둔다|있)|죽(?:는다|을래|여\s*버)|(?<!\d)\d+\s*(?:분|시간)\s*(?:안에|줄게|준다)\s*(?:답|보내|안\s*하면|안\s*보내)",
        1.4,
    ),
    # Korean: families the first rules missed
)
