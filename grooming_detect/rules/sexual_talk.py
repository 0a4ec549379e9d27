"""Sexualised talk aimed at a child (non-graphic signals)."""

from grooming_detect.rules.base import Rule

RULES = (
    # English
    Rule(
        "en_kissing",
        "sexual_talk",
        "en",
        r"\b(?:ever|you|u|ya) (?:been )?kiss(?:ed)?\b|\bfirst kiss\b|\bkissed (?:anyone|a boy|a girl|someone)\b|\bmake ?out\b|\bkiss (?:you|u|me)\b",
        1.2,
    ),
    Rule(
        "en_partner_questions",
        "sexual_talk",
        "en",
        r"\b(?:do|d) (?:you|u) have (?:a )?(?:bf|gf|boyfriend|girlfriend)\b|\b(?:got|have) a (?:bf|gf|boyfriend|girlfriend)\b|\bever had a (?:bf|gf|boyfriend|girlfriend)\b"
        r"|\bsingle\?",
        0.8,
    ),
    Rule(
        "en_experience",
        "sexual_talk",
        "en",
        r"\b(?:are|r) (?:you|u) (?:a )?(?:virgin|experienced|innocent)\b|\bever done (?:anything|stuff|it)\b|\bdone stuff\b|\bgone all the way\b"
        r"|\bhow far have (?:you|u)\b|\bever been touched\b",
        1.6,
    ),
    Rule(
        "en_wearing",
        "sexual_talk",
        "en",
        r"\bwhat (?:are|r) (?:you|u) wearing\b|\bwyw\b|\bwhat(?:'?s| is) (?:your|ur) (?:outfit|pj|pajamas)\b",
        1.2,
    ),
    Rule(
        "en_older_partner",
        "sexual_talk",
        "en",
        r"\b(?:like|into|date|dated|dating|with) (?:older|mature) (?:guys|men|women|people|boys|girls|ppl)\b|\bage is just a number\b|\bolder (?:guy|man|boyfriend)\b",
        1.5,
    ),
    Rule(
        "en_suggestive",
        "sexual_talk",
        "en",
        r"\bsexy\b|\bturn(?:s|ed)? (?:me|you|u) on\b|\bhorny\b|\bnaughty\b|\bdirty (?:talk|pics|things)\b|\bin bed\b|\bcuddl(?:e|ing)\b|\bsnuggl(?:e|ing)\b"
        r"|\bsleep (?:with|next to) (?:me|you|u)\b|\btouch (?:yourself|urself|you|u)\b|\bflat ?chest",
        1.4,
    ),
    Rule(
        "en_hot",
        "sexual_talk",
        "en",
        r"\b(?:you|u)(?:'re| are| r|re) (?:so |really )?hot\b|\bur hot\b|\bhottie\b|\b(?:hey|hi|hii+|hello|heyy+) babe\b|\bbaby ?girl\b",
        0.7,
    ),
    # Korean
    Rule("ko_kissing", "sexual_talk", "ko", r"뽀뽀|키스|스킨십|첫\s*키스|손\s*잡아\s*봤", 1.2),
    Rule(
        "ko_partner_questions",
        "sexual_talk",
        "ko",
        r"(?:남친|여친|남자\s*친구|여자\s*친구|애인)\s*(?:은|는|이|가)?\s*(?:있|없)(?:어|음|니|냐|나|지|어요)(?![가-힣])"
        r"|(?:남친|여친|남자\s*친구|여자\s*친구)\s*(?:이랑|랑|하고|한테|가)\s*(?:\S+\s+){0,3}?(?:뭐\s*해|어디까지|해\s*봤|단둘이|만진|진도|안기)"
        r"|(?:남친|여친)\s*(?:해\s*줘|해줄래|될래|생기면)|사귀어\s*봤|연애\s*해\s*봤",
        0.8,
    ),
    Rule(
        "ko_experience", "sexual_talk", "ko", r"경험\s*(?:있|없|해\s*봤)|그런\s*거\s*해\s*봤|순진|처음이지|어디까지\s*(?:해|가)\s*봤", 1.4
    ),
    Rule("ko_wearing", "sexual_talk", "ko", r"뭐\s*입고\s*(?:있|자)|지금\s*(?:뭐|무슨\s*옷)\s*입", 1.2),
    Rule(
        "ko_older_partner",
        "sexual_talk",
        "ko",
        r"(?:오빠|아저씨|삼촌|연상)\s*(?:같은\s*)?(?:사람|남자)?\s*(?:좋아|어때|만나)|나이\s*(?:는|차이는)?\s*(?:숫자|상관\s*없)",
        1.5,
    ),
    Rule(
        "ko_suggestive",
        "sexual_talk",
        "ko",
        r"섹시|(?:^|\s)야(?:한|하게|하다|해\?)|19금|므흣|같이\s*(?:자자|잘래|누워)|침대에서\s*(?:잔|자|같이|뭐|누워)|안아\s*주고|만져",
        1.4,
    ),
)
