"""Requests for personal information: age, grade, school, phone, address, accounts."""

from grooming_detect.rules.base import Rule

RULES = (
    # English
    Rule(
        "en_ask_age",
        "personal_info",
        "en",
        r"\bhow\s*old\s*(?:r|are|is|were)?\s*(?:you|u|ya|yu)\b|\bwh?at(?:'?s| is)? (?:your|ur|yur) age\b"
        r"|\b(?:your|ur) age\s*\?|\bage\?",
        1.5,
    ),
    Rule("en_asl", "personal_info", "en", r"\ba\s*/\s*s\s*/\s*l\b|\basl\b|\bage\s*/\s*sex\b", 0.6),
    Rule(
        "en_ask_grade",
        "personal_info",
        "en",
        r"\bwh?at grade\b|\bwhich grade\b|\b(?:are|r) (?:you|u) (?:in|still in) (?:middle|high|elementary|jr|junior)"
        r"|\b(?:middle|high) school(?:er)? or (?:high|middle|college)|\bwhat year (?:are|r) (?:you|u) in\b"
        r"|\b(?:you|u|ur) (?:in|a) (?:\d+(?:st|nd|rd|th)|sixth|seventh|eighth|ninth) grade",
        1.3,
    ),
    Rule(
        "en_ask_school",
        "personal_info",
        "en",
        r"\bwh?(?:at|ich) school\b|\bwhere (?:do|d) (?:you|u) go to school\b|\b(?:your|ur) school(?:'?s)? name\b"
        r"|\bname of (?:your|ur) school\b|\bwhat time (?:does|do) (?:your|ur)? ?school (?:end|finish|get out)",
        1.3,
    ),
    Rule(
        "en_ask_phone",
        "personal_info",
        "en",
        r"\b(?:your|ur|yur) (?:phone|cell|mobile)? ?(?:(?:number|num|digits|no)\b(?!\s*of)|#)"
        r"|\b(?:send|give|drop|text|dm) me (?:your|ur|yur) (?:number|num|digits|#|cell)\b"
        r"|\bwhat(?:'?s| is) (?:your|ur) (?:number|num|cell)\b|\bdigits\?|(?:^|\b(?:ur|your|yur) )(?:number|digits|#) (?:pls|plz|please)\b",
        1.2,
    ),
    Rule(
        "en_ask_address",
        "personal_info",
        "en",
        r"\bwhere (?:do|d) (?:you|u) live\b|\bwhere (?:you|u) live\b|\b(?:your|ur) (?:home )?address\b"
        r"|\bwh?at (?:city|town|area|neighbou?rhood|street|part of town) (?:do|d|are|r) (?:you|u)\b"
        r"|\bwhich (?:apartment|building|house|bus stop|stop|street) (?:do|d|is|are)\b",
        1.2,
    ),
    Rule(
        "en_where_from",
        "personal_info",
        "en",
        r"\bwhere (?:are|r) (?:you|u) from\b|\bwhere (?:you|u) from\b"
        r"|\bwhere r u\b(?! (?:going|goin|headed|parked|guys|based|at|now|rn|sitting|standing|staying)\b)",
        0.4,
    ),
    Rule(
        "en_ask_account",
        "personal_info",
        "en",
        r"\b(?:your|ur|yur) (?:snap|snapchat|sc|insta|ig|instagram|kik|discord|tele|telegram|whatsapp|kakao|kakaotalk|line|tiktok|wechat|insta)"
        r"(?: ?id| ?name| ?handle| ?user(?:name)?| ?tag| ?acc(?:ount)?)?\b"
        r"|\b(?:add|hmu on|hit me up on|follow) me on (?:snap|snapchat|insta|ig|kik|discord|telegram|whatsapp|kakao|line)\b",
        1.0,
    ),
    Rule(
        "en_ask_real_name",
        "personal_info",
        "en",
        r"\b(?:your|ur) (?:real|full|last|irl) name\b|\bwhat(?:'?s| is) (?:your|ur) (?:real )?name\b",
        0.8,
    ),
    Rule(
        "en_home_alone",
        "personal_info",
        "en",
        r"\b(?:are|r) (?:you|u) (?:home )?alone\b|\b(?:you|u) alone\b|\bhome alone\b"
        r"|\b(?:your|ur) (?:parents|mom|mum|dad|folks) (?:home|around|there|awake|asleep|gone|out|at work|check)\b"
        r"|\b(?:do|does) (?:your|ur) (?:parents|mom|mum|dad) (?:check|look at|go through)\b|\bwho(?:'?s| is) home\b",
        1.4,
    ),
    # English: families the first rules missed
    # Korean
    Rule(
        "ko_ask_age", "personal_info", "ko", r"몇\s*살|나이\s*(?:가|는)?\s*(?:어떻게|몇|뭐|좀|알려)|몇\s*년생|몇\s*년\s*생|나이\s*몇", 1.5
    ),
    Rule(
        "ko_ask_grade",
        "personal_info",
        "ko",
        r"몇\s*학년|(?:초|중|고)(?:딩|등학생|학생)\s*(?:이야|이에요|이니|임|이지|이냐|맞|이세요)"
        r"|(?:초|중|고)\s*[1-6]\s*(?:이야|이에요|이니|임|맞)",
        1.3,
    ),
    Rule("ko_ask_school", "personal_info", "ko", r"(?:어느|무슨|어디)\s*학교|학교\s*(?:가\s*)?(?:어디|이름)|학교\s*몇\s*시", 1.3),
    Rule(
        "ko_ask_phone",
        "personal_info",
        "ko",
        r"폰\s*번호|폰번|전번(?!에)|(?:전화|핸드폰|휴대폰|휴대\s*전화)\s*번호\s*(?:가|는|도)?\s*(?:좀|뭐|머|알려(?!드|주지|달)|줘|주라|줄래|있어|있음|남겨|보내|찍어|교환|ㄱ)"
        r"|(?<!비밀)(?<!핀)(?<!카드)번호\s*(?:도|는|정도는|만이라도)?\s*(?:좀|뭐|알려(?!드|주지|달)|줘|주라|주면|줄래|줄\s*수|보내|남겨|따|교환|찍어)"
        r"|연락처\s*(?:좀|알려|줘|줄래|남겨)",
        1.2,
    ),
    Rule(
        "ko_ask_address",
        "personal_info",
        "ko",
        r"사는\s*(?:곳|동네|데\s*(?:가\s*)?(?:어디|어느))|(?:어디|어느\s*동네|어느\s*동|무슨\s*동|어느\s*아파트|몇\s*동)\s*(?:에\s*)?(?:살|사니|사냐|사는|사세요|사심)"
        r"|집\s*(?:이|은)?\s*(?:어디|어느)|주소\s*(?:좀|알려|줘|뭐|불러)|사는\s*곳|어느\s*역",
        1.2,
    ),
    Rule(
        "ko_ask_account",
        "personal_info",
        "ko",
        r"(?:카톡|카카오톡|카카오|인스타|라인|텔레|디코|디스코드|스냅)\s*(?:아이디|아디|id|계정|주소)"
        r"|아이디\s*(?:좀|알려|뭐|줘|줄래|불러)|(?:인스타|카톡|페메|디엠)\s*(?:알려|있어|하자|해\?)",
        1.0,
    ),
    Rule("ko_ask_name", "personal_info", "ko", r"(?:본|실)명|진짜\s*이름|이름\s*(?:이\s*)?(?:뭐|알려|어떻게)|이름\s*좀", 0.8),
    Rule(
        "ko_home_alone",
        "personal_info",
        "ko",
        r"집에\s*(?:혼자|누구\s*있|아무도)|혼자\s*있(?:어|니|냐|어요|음|는)"
        r"|(?:부모님|엄마|아빠)\s*(?:은|는|이|가)?\s*(?:집에\s*)?(?:계셔|계시|안\s*계|없어|언제\s*(?:와|오셔|들어|퇴근)|폰\s*검사|핸드폰\s*(?:봐|검사))",
        1.4,
    ),
    # Korean: families the first rules missed
)
