"""Secrecy and isolation: don't tell, delete the chat, move to another app."""

from grooming_detect.rules.base import Rule

_APPS = r"(?:telegram|tele|snap|snapchat|kik|whatsapp|signal|wickr|discord|line|kakao|threema|a private app|private app|another app|other app|dms?)"

RULES = (
    # English
    Rule(
        "en_dont_tell",
        "secrecy",
        "en",
        r"\b(?:don'?t|dont|do not|never|dnt) (?:tell|mention|say (?:anything|nothing|a word)|show|let)(?: \w+){0,2}?"
        r" (?:anyone|anybody|no ?one|any ?1|your (?:parents|mom|mum|dad|friends|family|sister|brother)|ur (?:parents|mom|mum|dad|friends|family|sister|brother)|parents)\b"
        r"|\b(?:don'?t|dont|dnt) tell(?=\s*(?:$|[.,!?;:)]|them\b|ok\b|(?:ur|your|the) (?:mods?|teachers?|counselor|therapist|bros?|bff|friends?|coach)\b))"
        r"|\bnot a word\b",
        1.4,
    ),
    Rule(
        "en_our_secret",
        "secrecy",
        "en",
        r"\b(?:our|my|ur|your) (?:little |lil |special )?secret\b(?!'?s safe)|\bkeep (?:me|us|him|her) a secret\b"
        r"|\ba secret (?:friend|email|account|acc|phone|app|place|chat|number)\b"
        r"|\bbetween (?:us|you and me|u and me|me and (?:you|u))\b|\bjust between\b",
        1.4,
    ),
    Rule(
        "en_delete_chat",
        "secrecy",
        "en",
        r"\bdelete (?:(?:this|the|our|these|all|ur|your|all the|all our) )?(?:chat|chats|convo|conversation|messages|msgs|texts|dms|history|pics|photos)\b"
        r"|\bdelete (?:it|this|them|everything) after\b"
        r"|\bclear (?:the |our |ur |your )?(?:chat|history|messages)\b|\bunsend\b|\bdisappearing messages\b|\bvanish mode\b",
        0.9,
    ),
    Rule(
        "en_move_app",
        "secrecy",
        "en",
        r"\b(?:move|switch|go|talk|continue|chat|come|let'?s go) (?:to|on|over to|onto)(?: \w+){0,2}? " + _APPS + r"\b"
        r"|\b(?:add|message|text|msg) me on (?:telegram|kik|wickr|signal|whatsapp|session|threema)\b|\bsecret chat\b",
        1.2,
    ),
    Rule(
        "en_parents_wont",
        "secrecy",
        "en",
        r"\b(?:your|ur) (?:parents|mom|mum|dad|family|folks) (?:wouldn'?t|won'?t|don'?t|dont|will never|would never|wouldnt|wont) (?:understand|get it|approve|like|need to know)\b"
        r"|\b(?:they|people|adults) (?:wouldn'?t|won'?t|wouldnt|wont) understand\b|\bno one (?:needs|has) to know\b",
        1.4,
    ),
    Rule(
        "en_hide",
        "secrecy",
        "en",
        r"\bhide (?:this|it|the chat|our|your phone|ur phone|the app)\b|\bsecret (?:account|app|profile|number)\b|\bfinsta\b|\bsecond (?:account|phone)\b"
        r"|\bkeep (?:this|it|us|that|our chat|things) (?:quiet|secret|private|between|to yourself|on the down ?low|low ?key|lowkey)\b|\bon the (?:dl|down ?low)\b",
        1.3,
    ),
    # Korean
    Rule(
        "ko_dont_tell",
        "secrecy",
        "ko",
        r"(?:아무(?:한테|에게)도|누구(?:한테|에게)도|엄마(?:한테|에게)|아빠(?:한테|에게)|부모님(?:한테|께|에게)|친구(?:들)?(?:한테|에게)|선생님(?:한테|께))"
        r"\s*(?:는|도)?\s*(?:절대\s*)?(?:말하지|말\s*하지|얘기하지|애기하지|이야기하지|말하면|말\s*하면|얘기\s*하면|비밀)"
        r"|비밀로\s*(?:해|하자|하기|할)|비밀\s*지켜",
        1.4,
    ),
    Rule("ko_our_secret", "secrecy", "ko", r"우리\s*(?:둘)?\s*만의|둘만의|우리\s*둘만|우리끼리|둘이서만|너랑\s*나만", 1.4),
    Rule(
        "ko_delete_chat",
        "secrecy",
        "ko",
        r"(?:대화|톡|카톡|메시지|메세지|채팅|디엠|dm|기록|사진)\s*(?:방|내용|기록)?\s*(?:은|도)?\s*(?:다\s*)?(?:지워|삭제|지우|없애)|지워\s*(?:줘|라|놔)|삭제\s*(?:해|하고)",
        1.0,
    ),
    Rule(
        "ko_move_app",
        "secrecy",
        "ko",
        r"(?:텔레|텔레그램|라인|위커|시그널|스냅|디코|오픈\s*톡|오픈\s*채팅|오픈챗|비밀\s*채팅|비챗|갠톡|갠디|부계|세컨\s*계정)"
        r"\s*(?:으로|로|에서|방)?\s*(?:넘어|옮|오|와|가자|하자|얘기|대화|추가|깔아|ㄱ)",
        1.2,
    ),
    Rule(
        "ko_parents_wont",
        "secrecy",
        "ko",
        r"(?:부모님|엄마|아빠|어른들)\s*(?:은|는|이|가)?\s*(?:절대\s*)?(?:이해\s*못|모르(?:게|는\s*게)|몰라도|알면\s*안)"
        r"|몰래\s*(?:나와|나올|연락|톡|만나|사귀|받아|보내\s*줄)",
        1.3,
    ),
    Rule(
        "ko_cover_story",
        "secrecy",
        "ko",
        r"친구\s*(?:만난다고|집에서\s*잔다고|랑\s*있다고|네\s*간다고)|(?:학원|도서관)\s*간다고\s*(?:해|하고|말해)|거짓말\s*(?:해|하고|쳐)",
        1.3,
    ),
)
