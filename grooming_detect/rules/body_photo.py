"""Requests for photos or video of the child's body or appearance."""

from grooming_detect.rules.base import Rule

_PIC = r"(?:pic|pics|picture|pictures|photo|photos|selfie|selfies|pix|pik|piks|vid|vids|video|snap|snaps)"

RULES = (
    # English
    Rule(
        "en_ask_photo",
        "body_photo",
        "en",
        r"\b(?:send|snap|show|share|take|get|dm)(?: me)?(?: (?:a|an|another|some|more|one|ur|your|a few|a lil|a quick|1))?"
        r"(?: \w+)? " + _PIC + r"\b(?! (?:of|from) (?:the|a|an|my|that|this|his|her|our|us|them|it|its|ur new|your new)\b)"
        r"|\b" + _PIC + r" (?:of|for) (?:you|u|urself|yourself)\b|\b" + _PIC + r" for me\b|\b" + _PIC + r" (?:pls|plz|please)\b",
        1.0,
    ),
    Rule(
        "en_outfit_photo",
        "body_photo",
        "en",
        r"\bfull[- ]?body\b|\bmirror (?:pic|selfie|shot)\b|\bhead to toe\b"
        r"|\bin (?:your|ur|a|the) (?:bikini|swimsuit|swim ?suit|bathing suit|pajamas|pjs|pyjamas|uniform|school uniform|underwear|towel|bra|shorts|leggings|crop top)\b"
        r"|\bwithout (?:your|ur|the|a) (?:shirt|top|hoodie|jacket|clothes|sweater)\b|\bno (?:shirt|top)\b|\bnudes?\b|\bn[o0]{2}d[sz]\b",
        1.6,
    ),
    Rule(
        "en_just_for_me",
        "body_photo",
        "en",
        r"\b(?:just|only) for (?:me|my eyes)\b|\bwon'?t (?:show|share) (?:anyone|it|them)\b|\bno one (?:else )?will see\b|\bfor my eyes only\b",
        1.2,
    ),
    Rule(
        "en_camera_on",
        "body_photo",
        "en",
        r"\b(?:turn|put|switch) (?:on )?(?:your|ur|the) (?:cam|camera|webcam)(?: on)?\b|\bcam on\b|\bon cam\b|\bvideo ?chat\b",
        0.8,
    ),
    Rule(
        "en_show_me",
        "body_photo",
        "en",
        r"\bshow me (?:more|ur|your|what|how)\b(?! (?:pics|photos) of (?:the|a|an|my|that|this|his|her|our|them|it)\b)|\b(?:let me|lemme) see (?:you|u|ur|your|more)\b|\bwanna see (?:you|u|ur|your|more)\b"
        r"|\bcan i see (?:you|u|ur|your|more)\b|\bprove (?:it|you'?re real|ur real)\b",
        0.9,
    ),
    Rule(
        "en_body_words",
        "body_photo",
        "en",
        r"\b(?:your|ur) (?:body|legs|figure|waist|curves|tummy|belly|hips|shape)\b|\bturn around\b|\bstand up\b",
        1.0,
    ),
    # English: families the first rules missed
    # Korean
    Rule(
        "ko_ask_photo",
        "body_photo",
        "ko",
        r"(?:사진|셀카|얼굴|영상|동영상|인증샷|셀피)\s*(?:좀|한\s*장|하나|한번|한\s*번|몇\s*장|더)?\s*(?:만\s*)?(?:보내|찍어|보여|줘|주라|올려|ㄱ)"
        # offering one's own photos ("보내 드릴게요", "보여 줄게") is not a request
        r"(?!\s*(?:서\s*)?(?:보내\s*)?(?:드릴|드려|드렸|드림|드리|줄게|줄께|줄까|준|줬|놨|봤|주시면|주실|야\s|온))",
        1.0,
    ),
    Rule(
        "ko_outfit_photo",
        "body_photo",
        "ko",
        r"(?:교복|수영복|잠옷|속옷|비키니|체육복|짧은\s*치마|레깅스)\s*(?:(?:입고|입은)[^.?!]{0,10}(?:찍|사진|셀카|보여|보고\s*싶)|차림|사진|샷|셀카)|전신\s*(?:샷|사진|셀카)|거울\s*(?:샷|셀카)"
        r"|(?:옷|상의|후드)\s*(?:벗|없이|좀\s*벗)",
        1.6,
    ),
    Rule(
        "ko_just_for_me",
        "body_photo",
        "ko",
        r"나만\s*(?:볼게|볼께|보게|볼거|볼\s*거|보고)|아무(?:한테|에게)도\s*안\s*보여|혼자만\s*볼",
        1.2,
    ),
    Rule("ko_camera_on", "body_photo", "ko", r"캠\s*(?:켜|키)|영상\s*통화|영통|페이스\s*타임", 0.8),
    Rule("ko_body_words", "body_photo", "ko", r"몸매|몸\s*(?:사진|보여|좀\s*보여)|다리\s*(?:사진|보여|예쁘)|키\s*몸무게", 1.2),
    # Korean: families the first rules missed
)
