"""Offers of money, gifts, game currency or gift cards."""

from grooming_detect.rules.base import Rule

RULES = (
    # English
    Rule(
        "en_offer_money",
        "money_offer",
        "en",
        r"\b(?:i'?ll|i will|i can|i could|ill|let me|i'?d|gonna|i'?m gonna) (?:venmo|cashapp|transfer|top up|pay) (?:you|u|ya)\b(?! (?:back|for the))"
        r"|\b(?:i'?ll|i will|i can|i could|ill|let me|i'?d|gonna|i'?m gonna) (?:send|give|buy|get) (?:you|u|ya|yu)(?: (?:a|some|like|an|a new|new))?"
        r" (?:\$|\d|money|cash|robux|v-?bucks|gift|gems|skins?|bucks|credits|card|present|stuff|anything|whatever|game|phone|clothes)",
        1.2,
    ),
    Rule(
        "en_easy_money",
        "money_offer",
        "en",
        r"\beasy (?:money\b|cash\b|bucks\b|\$+(?!\w))|\b(?:quick|fast) (?:money\b|cash\b|\$+(?!\w))|\bfree (?:money|cash|robux|v-?bucks|gems|skins?)\b"
        r"|\b(?:make|earn|get) (?:some |a lil |a little |extra |fast |quick |real )?(?:money\b|cash\b|bucks\b|\$+(?!\w))|\bside (?:money|cash)\b"
        r"|\bpocket money\b(?! (?:day|from (?:mom|mum|dad|grandma)))",
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
        r"\brobux\b|\bv-?bucks\b|\bvbux\b|\bbattle ?pass\b|\bnitro\b|\bprimogems?\b|\bminecoins?\b|\bgems\b|\bskins?\b"
        r"|\bdiamonds\b|\bzems\b|\bgame cash\b|\bin-?game (?:stuff|items|currency)\b|\bpremium (?:acct|account|pass)\b",
        0.5,
    ),
    Rule(
        "en_cash_amount",
        "money_offer",
        "en",
        # amounts, but not prices, fees or bills ("$5 each", "a $25 fine", "owe me $18")
        r"(?<!for )(?<!fee )(?<!owe me )(?<!need )(?<!from )(?<!by )(?<!of )(?<!at )(?<!~)"
        r"(?:\$\s?\d+|\b\d+\s?(?:dollars|bucks|usd)\b)(?![\d.,]*\s?(?:each|ea\b|apiece|fee|fine|firm|obo|total|a (?:box|print|ticket|walk)|per (?:person|practice)|\+))"
        r"|\bcash ?app\b|\bvenmo\b(?! (?:me|name|pls|request))|\bpaypal\b|\bzelle\b",
        0.6,
    ),
    Rule(
        "en_pay_you",
        "money_offer",
        "en",
        r"\bpay (?:you|u|ya|for (?:it|everything|ur|your))\b(?! back| in )|\b(?:i'?ll|ill|i will|i can) pay\b(?! (?:you |u )?back| the\b| it\b)|(?<!when i )\bget paid\b|\bspoil (?:you|u)\b"
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
    # English: families the first rules missed
    # Korean
    Rule(
        "ko_pocket_money",
        "money_offer",
        "ko",
        r"용돈(?!\s*(?:을|은|이)?\s*(?:받|드리|드렸|드려|봉투|감사|평균|에서|올려|안\s*들어|아직|보너스|없어|추가|주셨|보내\s*주셨|보내주시|반만|보냈))|쉽게\s*(?:돈|버는|벌)|꿀\s*알바|고액\s*알바|돈\s*(?:벌|버는|필요\s*(?:해|하지|없|하면))",
        1.2,
    ),
    Rule(
        "ko_offer_money",
        "money_offer",
        "ko",
        r"(?<!현금 )(?:돈|현금|만\s*원|천\s*원|원)\s*(?:줄게|줄께|보내\s*줄게|보내줄께|드릴게|드림|줄\s*수|쏠게|쏴\s*줄게|입금|이체)(?!\s*(?:후|확인|완료))"
        r"|(?:입금|이체|송금)\s*(?:해\s*줄게|해줄께|해\s*드릴게)",
        1.3,
    ),
    Rule(
        "ko_gift",
        "money_offer",
        "ko",
        r"(?:기프티콘|기프트\s*카드|문상|문화\s*상품권|상품권)(?!\s*(?:을|이)?\s*(?:받|당첨|증정|지급|드립|드려|유효|보내\s*주셨|보내주셨|줬는데))|(?:선물|폰|옷|신발|화장품)\s*(?:도\s*)?(?:사\s*줄게|사줄께|보내\s*줄게|해\s*줄게)"
        r"|사\s*줄게|사줄께|사\s*줄까|사\s*줄\s*수",
        1.1,
    ),
    Rule(
        "ko_game_currency",
        "money_offer",
        "ko",
        r"다이아(?!\s*(?:찍|캤|캐|티어|몬드|랭크|등급))|로벅스|브이벅스|v\s*벅스|캐시|스킨|현질|쿠폰|젬|게임\s*(?:머니|템|아이템)|메소|틱톡\s*코인|(?:브롤|배틀)\s*패스|월정액",
        0.5,
    ),
    Rule("ko_sponsor", "money_offer", "ko", r"(?<!리)스폰(?!지)|조건\s*만남|용돈\s*만남|후원\s*(?:해|할)", 1.2),
    # Korean: families the first rules missed
)
