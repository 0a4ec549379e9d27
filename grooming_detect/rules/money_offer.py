"""Offers of money, gifts, game currency or gift cards."""

from grooming_detect.rules.base import Rule

RULES = (
    # English
    Rule(
        "en_offer_money",
        "money_offer",
        "en",
        r"\b(?:i'?ll|i will|i can|i could|ill|let me|i'?d|gonna|i'?m gonna) (?:venmo|cashapp|transfer|top up|pay) (?:you|u|ya)\b"
        r"|\b(?:i'?ll|i will|i can|i could|ill|let me|i'?d|gonna|i'?m gonna) (?:send|give|buy|get) (?:you|u|ya|yu)(?: (?:a|some|like|an|a new|new))?"
        r" (?:\$|\d|money|cash|robux|v-?bucks|gift|gems|skins?|bucks|credits|card|present|stuff|anything|whatever|game|phone|clothes)",
        1.2,
    ),
    Rule(
        "en_easy_money",
        "money_offer",
        "en",
        r"\beasy (?:money|cash|\$+|bucks)\b|\bquick (?:money|cash|\$+)\b|\bfree (?:money|cash|robux|v-?bucks|gems|skins?)\b"
        r"|\b(?:make|earn|get) (?:some |a lil |a little |extra )?(?:money|cash|\$+|bucks)\b|\bpocket money\b|\bside (?:money|cash)\b",
        1.2,
    ),
    Rule(
        "en_gift_card",
        "money_offer",
        "en",
        r"\bgift ?cards?\b|\b(?:amazon|itunes|apple|steam|google play|psn|xbox|roblox|visa) (?:gift ?)?cards?\b|\be-?gift\b",
        1.0,
    ),
    Rule(
        "en_game_currency",
        "money_offer",
        "en",
        r"\brobux\b|\bv-?bucks\b|\bvbux\b|\bbattle ?pass\b|\bnitro\b|\bprimogems?\b|\bminecoins?\b|\bgems\b|\bskins?\b",
        0.5,
    ),
    Rule(
        "en_cash_amount", "money_offer", "en", r"\$\s?\d+|\b\d+\s?(?:dollars|bucks|usd)\b|\bcash ?app\b|\bvenmo\b|\bpaypal\b|\bzelle\b", 0.6
    ),
    Rule(
        "en_pay_you",
        "money_offer",
        "en",
        r"\bpay (?:you|u|ya|for (?:it|everything|ur|your))\b|\b(?:i'?ll|ill|i will|i can) pay\b|\bget paid\b|\bspoil (?:you|u)\b"
        r"|\bsugar ?(?:daddy|baby|mommy|mama)\b|\bbuy (?:you|u) (?:anything|whatever|something|stuff)\b",
        1.1,
    ),
    Rule(
        "en_wishlist",
        "money_offer",
        "en",
        r"\b(?:what|anything) (?:do|d)? ?(?:you|u) want (?:me to buy|for (?:your|ur) birthday)\b|\bwish ?list\b|\bsend (?:you|u) (?:a )?(?:gift|present)s?\b",
        0.9,
    ),
    # Korean
    Rule(
        "ko_pocket_money",
        "money_offer",
        "ko",
        r"용돈|쉽게\s*(?:돈|버는|벌)|꿀\s*알바|고액\s*알바|돈\s*(?:벌|버는|필요\s*(?:해|하지|없|하면))",
        1.2,
    ),
    Rule(
        "ko_offer_money",
        "money_offer",
        "ko",
        r"(?:돈|현금|만\s*원|천\s*원|원)\s*(?:줄게|줄께|보내\s*줄게|보내줄께|드릴게|드림|줄\s*수|쏠게|쏴\s*줄게|입금|이체)"
        r"|(?:입금|이체|송금)\s*(?:해\s*줄게|해줄께|해\s*드릴게)",
        1.3,
    ),
    Rule(
        "ko_gift",
        "money_offer",
        "ko",
        r"기프티콘|기프트\s*카드|문상|문화\s*상품권|상품권|(?:선물|폰|옷|신발|화장품)\s*(?:도\s*)?(?:사\s*줄게|사줄께|보내\s*줄게|해\s*줄게)"
        r"|사\s*줄게|사줄께|사\s*줄까|사\s*줄\s*수",
        1.1,
    ),
    Rule("ko_game_currency", "money_offer", "ko", r"다이아|로벅스|브이벅스|캐시|스킨|현질|쿠폰|젬", 0.5),
    Rule("ko_sponsor", "money_offer", "ko", r"(?<!리)스폰(?!지)|조건\s*만남|용돈\s*만남|후원\s*(?:해|할)", 1.2),
)
