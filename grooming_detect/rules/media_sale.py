"""Offers to buy, sell or trade photos and videos."""

from grooming_detect.rules.base import Rule

_MEDIA = r"(?:pics|pictures|photos|pix|piks|vids|videos|content|clips|private pics|selfies)"

RULES = (
    # English
    Rule(
        "en_buy_media",
        "media_sale",
        "en",
        r"\b(?:buy|buying|purchase|pay (?:you )?for|pay for ur|pay for your|paying for)(?: \w+){0,3} " + _MEDIA + r"\b",
        1.6,
    ),
    Rule("en_sell_media", "media_sale", "en", r"\b(?:sell|selling|sold|trade|trading|swap|resell)(?: \w+){0,3} " + _MEDIA + r"\b", 1.4),
    Rule(
        "en_per_item",
        "media_sale",
        "en",
        r"\b(?:per|each|for every|for each) (?:pic|photo|picture|selfie|vid|video|clip|set)\b(?! editor| editing)|\$\s?\d+ (?:a|per|each|for (?:a|one)) (?:pic|photo|vid|video|set)\b",
        1.4,
    ),
    Rule(
        "en_content_platform",
        "media_sale",
        "en",
        r"\bonly ?fans\b|\bfansly\b|\bpremium (?:snap|content|account)\b|\bmake (?:some )?content\b|\bprivate (?:content|shoot|photoshoot|session|snap)\b"
        r"|\b(?:people|guys|clients|buyers) (?:who|that|will|would) pay (?:for|good|well|a lot|big)\b",
        1.5,
    ),
    Rule(
        "en_model_scout",
        "media_sale",
        "en",
        r"\bmodel(?:l?ing)? (?:agency|contract|job|gig|work|offer)\b|(?<!girl )(?<!boy )\bscout(?:ed|ing)?\b|\bcasting\b|\bphoto ?shoot\b|\bportfolio\b",
        0.9,
    ),
    # English: families the first rules missed
    # Korean
    Rule(
        "ko_buy_media",
        "media_sale",
        "ko",
        r"(?:사진|영상|동영상|셀카|짤)\s*(?:을|를|좀)?\s*(?:살게|사\s*줄게|사줄께|구매|구입|삽니다|살\s*사람|사는\s*사람|사고\s*싶)",
        1.6,
    ),
    Rule(
        "ko_sell_media",
        "media_sale",
        "ko",
        r"(?:사진|영상|동영상|셀카|짤)\s*(?:을|를|좀)?\s*(?:팔|판매|거래|교환)|(?:사진|영상)\s*(?:한\s*장|하나|1장)?\s*(?:당|에)\s*\d",
        1.5,
    ),
    Rule("ko_per_item", "media_sale", "ko", r"(?:한\s*장|1\s*장)\s*(?:당|에)\s*\d*\s*(?:만\s*원|천\s*원|원)|장당|건당", 1.3),
    Rule(
        "ko_content",
        "media_sale",
        "ko",
        r"(?:야한|몰카|유출|노출|은밀한)\s*(?:사진|영상)|개인\s*촬영|(?:화보|피팅|모델)\s*(?:촬영|알바|모델|제의|계약)|캐스팅|기획사",
        1.2,
    ),
    # Korean: families the first rules missed
)
