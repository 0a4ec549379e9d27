"""Table-driven tests for the default rules, their evidence and their validation."""

from __future__ import annotations

import pytest

from grooming_detect.normalize import normalize
from grooming_detect.rules import CATEGORIES, DEFAULT_RULES, Rule, RuleSet, match
from tests.rule_cases_a import CASES_A
from tests.rule_cases_b import CASES_B

# rule name -> (messages the rule must fire on, messages it must not fire on).
# Non-matches are near misses where possible: ordinary chat sharing words with the rule.
CASES: dict[str, tuple[list[str], list[str]]] = {
    # personal_info (en)
    "en_ask_age": (
        ["how old are you?", "HOW OLD R U", "whats ur age", "so ur age?"],
        ["how old is your brother", "my age is 14", "the castle is really old"],
    ),
    "en_asl": (
        ["asl?", "hey a/s/l pls", "age/sex?"],
        ["pass the salt", "I was asleep already", "what a hassle"],
    ),
    "en_ask_grade": (
        ["what grade are you in?", "r u in middle school?", "are you in 7th grade", "what year are you in"],
        ["my sister is in 5th grade", "I graded the quizzes", "high school starts in september"],
    ),
    "en_ask_school": (
        ["what school do you go to?", "where do u go to school", "what time does your school end"],
        ["school was so boring today", "which schoolbag should I buy", "I finished school at 3"],
    ),
    "en_ask_phone": (
        ["what's your number?", "send me ur digits", "can I get your phone number"],
        ["your number of followers is huge", "pick a number between 1 and 10", "my phone died"],
    ),
    "en_ask_address": (
        ["where do you live?", "what's your home address", "what part of town do you live in", "which bus stop do you use"],
        ["I live near the park", "send it to your email address", "what city is the concert in"],
    ),
    "en_where_from": (
        ["where are you from?", "where u from", "where r u"],
        ["where are you going after practice?", "I'm from Texas", "where were we"],
    ),
    "en_ask_account": (
        ["what's your snap?", "add me on insta", "whats ur discord name"],
        ["I deleted my snapchat", "snap a photo of the sunset", "her insta story was funny"],
    ),
    "en_ask_real_name": (
        ["what's your real name?", "whats ur name", "tell me your full name"],
        ["my name is Jake", "what's the name of this song", "I forgot her last name"],
    ),
    "en_home_alone": (
        ["are you home alone?", "r u alone rn", "are your parents home?", "does your mom check your phone"],
        ["my parents are home", "I was alone at lunch", "my mom checks the mail"],
    ),
    # personal_info (ko)
    "ko_ask_age": (
        ["너 몇 살이야?", "나이가 어떻게 돼?", "몇년생이야"],
        ["몇 시에 와?", "우리 할머니 연세가 많으셔", "나이 들면 다 그래"],
    ),
    "ko_ask_grade": (
        ["몇 학년이야?", "중학생이야?", "중2임?"],
        ["학년 말 시험 끝났어", "중학생 때 재밌었어", "내일 학년 회의 있어"],
    ),
    "ko_ask_school": (
        ["어느 학교 다녀?", "학교 이름 뭐야?", "학교 몇 시에 끝나?"],
        ["학교 끝나고 학원 가", "오늘 학교에서 시험 봤어", "학교 가기 싫다"],
    ),
    "ko_ask_phone": (
        ["폰 번호 알려줘", "번호 좀 줘", "전화번호 뭐야?"],
        ["번호표 뽑고 기다려", "전화 왔었어", "내 폰 고장났어"],
    ),
    "ko_ask_address": (
        ["어디 살아?", "집이 어디야?", "주소 좀 알려줘", "몇 동 살아?"],
        ["집에 가는 중이야", "주소창에 쳐봐", "그 옷 어디서 샀어?"],
    ),
    "ko_ask_account": (
        ["카톡 아이디 뭐야?", "인스타 알려줘", "디코 아이디 좀"],
        ["아이디어 좋다", "카톡 왔어", "인스타에 올렸어"],
    ),
    "ko_ask_name": (
        ["이름이 뭐야?", "본명 알려줘", "이름 좀 알려줄래?"],
        ["이 노래 제목 뭐야?", "이름표 챙겼어?", "설명 좀 해줘"],
    ),
    "ko_home_alone": (
        ["집에 혼자 있어?", "부모님 집에 계셔?", "엄마 언제 와?"],
        ["혼자 밥 먹었어", "엄마가 밥 해주셨어", "집에 가는 중"],
    ),
    # money_offer (en)
    "en_offer_money": (
        ["I'll send you $20", "i can buy you a new game", "let me venmo you"],
        ["can you send me the homework", "my mom will buy me shoes", "I sent him the link"],
    ),
    "en_easy_money": (
        ["want to make some easy money?", "free robux here", "you can earn extra cash"],
        ["I spent all my money", "my pocket is ripped", "cash only at the shop"],
    ),
    "en_gift_card": (
        ["I'll get you a steam card", "want an amazon gift card?", "I can send an e-gift"],
        ["I made a birthday card", "the card game was fun", "my library card expired"],
    ),
    "en_game_currency": (
        ["want robux?", "i can buy you vbucks", "I'll gift you the battle pass"],
        ["skinny jeans are back", "the nitrogen lab was cool", "we played a board game"],
    ),
    "en_cash_amount": (
        ["I'll send $50", "do you have cashapp?", "100 bucks if you do it"],
        ["it costs five dollars", "my dollar store haul", "buckle your seatbelt"],
    ),
    "en_pay_you": (
        ["I'll pay you", "I can pay for everything", "let me spoil you", "I'll buy you anything"],
        ["pay attention in class", "did you pay for lunch?", "payday is friday"],
    ),
    "en_wishlist": (
        ["what do you want for your birthday?", "send me your wishlist", "I want to send you a gift"],
        ["I wish I could go", "what do you want for dinner", "I got a gift from my aunt"],
    ),
    # money_offer (ko)
    "ko_pocket_money": (
        ["용돈 필요해?", "쉽게 돈 벌 수 있어", "꿀알바 있는데 할래?"],
        ["돈가스 먹고 싶다", "알바 끝났어", "돈 없어"],
    ),
    "ko_offer_money": (
        ["돈 줄게", "만 원 보내 줄게", "입금해 줄게"],
        ["돈 갚을게", "엄마가 돈 줬어", "입금 확인했어"],
    ),
    "ko_gift": (
        ["기프티콘 보내줄게", "문상 줄게", "옷 사줄게"],
        ["엄마가 옷 사줬어", "선물 받았어", "기프트 샵 구경했어"],
    ),
    "ko_game_currency": (
        ["다이아 사줄게", "로벅스 줄게", "현질 해줄까?"],
        ["다이어트 중이야", "게임 져서 짜증나", "레벨 올렸어"],
    ),
    "ko_sponsor": (
        ["스폰 해줄게", "조건 만남 할래?", "후원해 줄게"],
        ["스포 하지 마", "후원회 행사 갔어", "만남의 광장에서 보자"],
    ),
    # body_photo (en)
    "en_ask_photo": (
        ["send me a pic", "can I get a selfie", "pics of you pls", "send a cute pic"],
        ["I took a pic of my cat", "the picnic was fun", "nice picture of the dog"],
    ),
    "en_outfit_photo": (
        ["send a full body pic", "show me in your school uniform", "take a mirror selfie"],
        ["we got new uniforms today", "she's at the top of the class", "my body is sore"],
    ),
    "en_just_for_me": (
        ["it's just for me", "I won't show anyone", "for my eyes only"],
        ["just for fun", "I won't be there", "is this seat free?"],
    ),
    "en_camera_on": (
        ["turn your cam on", "video chat?", "get on cam"],
        ["my camera broke", "we were on camera at the game", "that was a scam"],
    ),
    "en_show_me": (
        ["show me what you look like", "let me see you", "prove it"],
        ["show me the map", "can I see the menu", "let me know"],
    ),
    "en_body_words": (
        ["ur body is nice", "your legs look long", "turn around"],
        ["my legs hurt after soccer", "the human body has 206 bones", "stand by me"],
    ),
    # body_photo (ko)
    "ko_ask_photo": (
        ["사진 좀 보내줘", "셀카 한 장만 보내", "얼굴 보여줘"],
        ["사진 잘 나왔다", "영상 재밌더라", "얼굴이 빨개졌어"],
    ),
    "ko_outfit_photo": (
        ["교복 입고 사진 찍어", "전신샷 보내줘", "거울 셀카 찍어봐"],
        ["교복 너무 불편해", "옷 사러 가자", "체육복 챙겼어?"],
    ),
    "ko_just_for_me": (
        ["나만 볼게", "아무한테도 안 보여줄게", "혼자만 볼 거야"],
        ["나만 그래?", "혼자 볼 영화 추천해줘", "나도 볼래"],
    ),
    "ko_camera_on": (
        ["캠 켜줘", "영상통화 할래?", "영통 ㄱ"],
        ["카메라 고장났어", "캠핑 가자", "통화 가능해?"],
    ),
    "ko_body_words": (
        ["몸매 좋다", "몸 사진 보내", "다리 예쁘다", "키 몸무게 알려줘"],
        ["몸이 안 좋아", "다리 아파", "키가 많이 컸네"],
    ),
    # media_sale (en)
    "en_buy_media": (
        ["I'll buy your pics", "I'd pay for your selfies", "I'm buying private pics"],
        ["I buy stickers", "we bought photos at the zoo", "buying picture frames"],
    ),
    "en_sell_media": (
        ["want to sell your pics?", "trade selfies?", "I'm selling some videos"],
        ["she sells seashells", "I sold my bike", "trading cards are fun"],
    ),
    "en_per_item": (
        ["$20 per pic", "I pay for each video", "$50 a set"],
        ["$5 per person", "each player gets a card", "every picture tells a story"],
    ),
    "en_content_platform": (
        ["you should make an onlyfans", "I do private photoshoot sessions", "there are guys who pay for that"],
        ["fans of the team were loud", "I go to a private school", "my friend has a fan account"],
    ),
    "en_model_scout": (
        ["I work for a modeling agency", "I can get you a photoshoot", "I'm scouting new faces"],
        ["my role model is my mom", "my brother joined the boy scouts", "we built a model plane"],
    ),
    # media_sale (ko)
    "ko_buy_media": (
        ["사진 살게", "영상 구매할게", "셀카 사고 싶어"],
        ["사진관 가자", "사진 찍으러 가자", "옷 살게"],
    ),
    "ko_sell_media": (
        ["사진 팔래?", "영상 판매해볼래?", "사진 한 장에 3만원"],
        ["사진 올렸어", "영상 편집 중", "사진 예쁘게 나왔다"],
    ),
    "ko_per_item": (
        ["한 장당 만원", "건당 3만원 줄게", "1장에 5천원"],
        ["장난치지 마", "건강 조심해", "사진 한 장 찍자"],
    ),
    "ko_content": (
        ["개인 촬영 알바 할래?", "모델 제의 받아볼래?", "캐스팅 하고 싶어"],
        ["사진 촬영 동아리 들었어", "모델하우스 구경 갔어", "개인 정보 보호"],
    ),
    # threat (en)
    "en_expose": (
        ["I'll send this to your parents", "I'm going to post your pics online", "or i show everyone at your school"],
        ["I'll tell you later", "send me the notes", "my parents are out tonight"],
    ),
    "en_have_material": (
        ["i have screenshots", "I saved your pics", "i screen recorded it"],
        ["I have a screenshot of the homework", "did you screenshot the schedule", "I have a test tomorrow"],
    ),
    "en_if_not": (
        ["if you block me you'll be sorry", "unless you send more", "do it or else"],
        ["if you need help, ask", "what else?", "block the shot next time"],
    ),
    "en_deadline": (
        ["you have 10 minutes", "tick tock", "this is your last chance"],
        ["I have 2 hours of homework", "the clock is broken", "we have 10 minutes left"],
    ),
    "en_ruin": (
        ["I'll ruin your life", "everyone will know", "you'll regret this"],
        ["everyone will be there", "I regret eating that", "don't ruin the surprise"],
    ),
    # threat (ko)
    "ko_expose": (
        ["부모님한테 다 뿌린다", "학교에 다 올린다", "엄마한테 다 보낼 거야"],
        ["인스타 사진 예쁘다", "엄마랑 밥 먹었어", "학교 끝났어"],
    ),
    "ko_spread": (
        ["다 뿌린다", "유포할 거야", "박제한다"],
        ["공개 수업 있어", "향수 뿌렸어", "박제된 나비 봤어"],
    ),
    "ko_if_not": (
        ["안 보내면 알지?", "차단하면 끝이야", "답 안 하면 어떻게 될지 알지"],
        ["숙제 안 했어", "차단 해제했어", "안 보내도 돼"],
    ),
    "ko_have_material": (
        ["사진 다 가지고 있어", "대화 캡처해놨어", "녹화 떠놨어"],
        ["사진 찍었어", "녹음 파일 안 열려", "대화가 즐거웠어"],
    ),
    "ko_consequence": (
        ["인생 끝나게 해줄게", "후회하게 될 거야", "10분 안에 답해"],
        ["10분 뒤에 봐", "인생 영화 추천해줘", "후회 없이 놀자"],
    ),
    # secrecy (en)
    "en_dont_tell": (
        ["don't tell anyone", "never tell your parents", "not a word"],
        ["tell me about your day", "you can tell your mom", "did you tell anyone?"],
    ),
    "en_our_secret": (
        ["it's our little secret", "just between us", "this stays between you and me"],
        ["the secret ingredient is love", "she's the class secretary", "between classes I eat lunch"],
    ),
    "en_delete_chat": (
        ["delete this chat", "delete our messages after", "clear the history"],
        ["I deleted the game", "press delete", "clear skies today"],
    ),
    "en_move_app": (
        ["let's move to telegram", "add me on kik", "let's talk on snap"],
        ["move to the back of the bus", "I'm going to the store", "switch to the other team"],
    ),
    "en_parents_wont": (
        ["your parents wouldn't understand", "they wouldn't understand", "no one needs to know"],
        ["your parents will understand", "my parents won't let me go", "people won't stop talking"],
    ),
    "en_hide": (
        ["hide this from your mom", "keep this between us", "make a finsta"],
        ["let's play hide and seek", "keep it up!", "keep this for later"],
    ),
    # secrecy (ko)
    "ko_dont_tell": (
        ["아무한테도 말하지 마", "엄마한테 비밀이야", "비밀로 하자"],
        ["엄마한테 물어볼게", "비밀번호 까먹었어", "친구한테 전화했어"],
    ),
    "ko_our_secret": (
        ["우리 둘만의 비밀이야", "우리끼리만 알자", "너랑 나만 아는 거야"],
        ["우리 반 애들", "둘이 같이 가자", "우리 집 가자"],
    ),
    "ko_delete_chat": (
        ["대화 다 지워", "카톡 삭제해", "사진 지워줘"],
        ["숙제 다 했어", "지우개 빌려줘", "기록 세웠어"],
    ),
    "ko_move_app": (
        ["텔레로 넘어와", "라인으로 옮기자", "오픈톡 ㄱ"],
        ["텔레비전 보는 중", "라인 스티커 귀엽다", "시그널 노래 좋아"],
    ),
    "ko_parents_wont": (
        ["부모님은 이해 못 해", "엄마 몰래 나와", "어른들은 몰라도 돼"],
        ["나도 몰라", "엄마는 이해해 주셨어", "모르는 문제 있어?"],
    ),
    "ko_cover_story": (
        ["친구 집에서 잔다고 해", "학원 간다고 해", "엄마한테 거짓말 해"],
        ["친구 만났어", "거짓말 하지 마", "지금 학원 간다"],
    ),
    # meeting (en)
    "en_meet": (
        ["wanna meet up?", "let's hang out irl", "we should meet this weekend"],
        ["we had a meeting at school", "I met him at school", "the meetup group was cancelled"],
    ),
    "en_pick_up": (
        ["I'll pick you up", "i can drive you home", "I'll wait outside your school"],
        ["pick up your toys", "my mom will pick me up", "can you pick up milk"],
    ),
    "en_come_over": (
        ["come over to my place", "come to my house tonight", "can you sneak out?"],
        ["game over", "come on, hurry up", "I'm coming to the party"],
    ),
    "en_travel_pay": (
        ["I'll pay for your uber", "I can send you an uber", "I'll buy you a train ticket"],
        ["I took the bus", "the train was late", "uber eats is expensive"],
    ),
    "en_come_alone": (
        ["come alone", "don't bring your friends", "just the two of us"],
        ["bring your friends!", "come along", "the two of them are twins"],
    ),
    "en_where_when": (
        ["where are you right now", "when are you free?", "what time do you get out of school"],
        ["where are you going", "when is the test", "what time is it"],
    ),
    # meeting (ko)
    "ko_meet": (
        ["만나자", "만날래?", "실제로 보고 싶어"],
        ["만나서 반가워", "어제 친구 만났어", "만남의 광장"],
    ),
    "ko_pick_up": (
        ["데리러 갈게", "차로 데리러 갈게", "태워 줄게"],
        ["엄마가 데리러 왔어", "버스 타고 갈게", "차 막혀"],
    ),
    "ko_come_over": (
        ["우리 집에 놀러 와", "오빠 집 올래?", "자취방 와"],
        ["우리 집 강아지 귀여워", "친구들이 놀러 왔어", "집에 왔어"],
    ),
    "ko_come_alone": (
        ["혼자 나와", "아무도 데려오지 마", "몰래 나와"],
        ["혼자 왔어", "친구 데려와도 돼", "나와 함께 가자"],
    ),
    "ko_travel_pay": (
        ["택시비 줄게", "차비 보내줄게", "KTX 표 끊어줄게"],
        ["택시 탔어", "버스 놓쳤어", "기차 타고 왔어"],
    ),
    "ko_when_free": (
        ["언제 시간 돼?", "학원 끝나고 뭐해?", "지금 어디야?"],
        ["수업 언제 시작해?", "시간 빠르다", "어디 가?"],
    ),
    # sexual_talk (en)
    "en_kissing": (
        ["have you ever been kissed?", "had your first kiss yet?", "can I kiss you"],
        ["she blew a kiss to the crowd", "I love hershey's kisses", "kiss cam was funny"],
    ),
    "en_partner_questions": (
        ["do you have a bf?", "ever had a girlfriend?", "single?"],
        ["my sister has a boyfriend", "single player is boring", "I'm friends with her"],
    ),
    "en_experience": (
        ["are you a virgin?", "are u innocent?", "ever done stuff with anyone?"],
        ["have you ever done a backflip?", "I'm done with my homework", "what have you done today"],
    ),
    "en_wearing": (
        ["what are you wearing?", "wyw", "what's ur outfit"],
        ["what should I wear?", "what are you watching?", "my outfit is ready"],
    ),
    "en_older_partner": (
        ["do you like older guys?", "age is just a number", "ever dated older guys?"],
        ["I have an older sister", "older kids at school are mean", "the number is 42"],
    ),
    "en_suggestive": (
        ["you look sexy", "wanna cuddle?", "you're so naughty"],
        ["that joke was sexist", "what a nice day", "the remote is in the bedroom"],
    ),
    "en_hot": (
        ["you're so hot", "hey babe", "hi baby girl"],
        ["it's so hot outside", "hot chocolate please", "my baby brother cried"],
    ),
    # sexual_talk (ko)
    "ko_kissing": (
        ["뽀뽀해줘", "키스해 봤어?", "스킨십 좋아해?"],
        ["키보드 샀어", "키 커졌어", "스키장 가자"],
    ),
    "ko_partner_questions": (
        ["남친 있어?", "여자친구 있어?", "사귀어 봤어?"],
        ["친구랑 놀았어", "남자 화장실 어디야?", "연습 해봤어"],
    ),
    "ko_experience": (
        ["경험 있어?", "순진하네", "어디까지 해 봤어?"],
        ["경험치 올랐어", "처음 뵙겠습니다", "해봤자 소용없어"],
    ),
    "ko_wearing": (
        ["뭐 입고 있어?", "지금 무슨 옷 입었어?", "지금 뭐 입었어?"],
        ["내일 뭐 입을까?", "뭐 입고 갈까?", "옷 입었어"],
    ),
    "ko_older_partner": (
        ["오빠 같은 사람 어때?", "나이는 숫자일 뿐이야", "아저씨 좋아해?"],
        ["삼촌이 놀러 오셨어", "나이 차이 많이 나", "오빠가 게임 사줬어"],
    ),
    "ko_suggestive": (
        ["섹시하다", "같이 잘래?", "안아 주고 싶어"],
        ["침대 샀어", "같이 가자", "잘 자"],
    ),
    # trust_building (en)
    "en_mature": (
        ["you're so mature for your age", "you're not like other girls", "you seem older"],
        ["is your sister older?", "the game is rated mature", "other kids were there"],
    ),
    "en_only_me": (
        ["only I understand you", "you can tell me anything", "no one else understands you like I do"],
        ["I trust my best friend", "you can tell me later", "only you can decide"],
    ),
    "en_parents_bad": (
        ["your parents are so strict", "ur mom is so controlling", "they don't deserve you"],
        ["my parents are strict", "your teacher is nice", "your parents are funny"],
    ),
    "en_flattery": (
        ["you're so pretty", "u r cute", "youre amazing"],
        ["that's so pretty", "the sunset is beautiful", "your dog is cute"],
    ),
    # trust_building (ko)
    "ko_mature": (
        ["나이에 비해 성숙하네", "또래 애들이랑 달라", "진짜 어른스럽다"],
        ["벼가 익었어", "어른들 말씀 잘 들어", "애들이랑 놀았어"],
    ),
    "ko_only_me": (
        ["나만 믿어", "내가 다 들어 줄게", "너 같은 애 처음이야"],
        ["선생님 믿어", "내가 숙제 도와줄까?", "특별히 할 거 없어"],
    ),
    "ko_parents_bad": (
        ["부모님이 너무 심하시네", "엄마가 너무하다", "아빠는 널 몰라"],
        ["엄마가 밥 해줬어", "아빠 심부름 갔어", "부모님께 감사해"],
    ),
    "ko_flattery": (
        ["진짜 예쁘다", "너무 귀여워", "완전 잘생겼다"],
        ["날씨 좋다", "예쁜 옷 샀어", "너무 귀찮아"],
    ),
}

# Cases for rules added later live in one file per group of categories, so
# that the table can grow in parallel without edits to one file colliding.
CASES.update(CASES_A)
CASES.update(CASES_B)

MATCH_CASES = [(name, text) for name, (matches, _) in CASES.items() for text in matches]
NON_MATCH_CASES = [(name, text) for name, (_, non_matches) in CASES.items() for text in non_matches]


def test_every_rule_has_cases():
    assert set(CASES) == {rule.name for rule in DEFAULT_RULES}


@pytest.mark.parametrize("name", sorted(CASES))
def test_case_table_is_complete(name):
    matches, non_matches = CASES[name]
    assert len(matches) >= 2
    assert len(non_matches) >= 2


@pytest.mark.parametrize(("name", "text"), MATCH_CASES)
def test_rule_matches(name, text):
    rule = DEFAULT_RULES.by_name[name]
    assert rule.find(normalize(text)), f"{name} should fire on {text!r}"


@pytest.mark.parametrize(("name", "text"), NON_MATCH_CASES)
def test_rule_does_not_match(name, text):
    rule = DEFAULT_RULES.by_name[name]
    hits = rule.find(normalize(text))
    assert not hits, f"{name} should not fire on {text!r}, got {[hit.text for hit in hits]}"


# (original text, rule expected among the hits, its category, expected evidence text)
EVIDENCE_CASES = [
    ("HOW OLD ARE YOU", "en_ask_age", "personal_info", "HOW OLD ARE YOU"),
    ("Hey!! How Old R U?", "en_ask_age", "personal_info", "How Old R U"),
    ("ｈｏｗ ｏｌｄ ａｒｅ ｙｏｕ", "en_ask_age", "personal_info", "ｈｏｗ ｏｌｄ ａｒｅ ｙｏｕ"),
    ("how o\u200bld are you", "en_ask_age", "personal_info", "how o\u200bld are you"),
    ("\u200fDON\u200b'T TELL ANYONE", "en_dont_tell", "secrecy", "DON\u200b'T TELL ANYONE"),
    ("ok make a ﬁnsta", "en_hide", "secrecy", "ﬁnsta"),
    ("Ｓｅｎｄ ｍｅ ａ ｐｉｃ", "en_ask_photo", "body_photo", "Ｓｅｎｄ ｍｅ ａ ｐｉｃ"),
    ("ㅋㅋ 너 몇\u200b살이야?", "ko_ask_age", "personal_info", "몇\u200b살"),
    ("안녕 ＫＴＸ 표 끊어줄게", "ko_travel_pay", "meeting", "ＫＴＸ 표"),
    ("\u1106\u1167\u11be 살이야?", "ko_ask_age", "personal_info", "\u1106\u1167\u11be 살"),
    ("So PRETTY 😍 you're SO PRETTY", "en_flattery", "trust_building", "you're SO PRETTY"),
]


@pytest.mark.parametrize(("original", "rule_name", "category", "expected"), EVIDENCE_CASES)
def test_evidence_points_into_original(original, rule_name, category, expected):
    evidence = match(original)
    assert evidence, f"no evidence in {original!r}"
    for hit in evidence:
        assert 0 <= hit.start < hit.end <= len(original)
        assert hit.text == original[hit.start : hit.end]
        assert hit.category in CATEGORIES
        assert DEFAULT_RULES.by_name[hit.rule].category == hit.category
    hits = [hit for hit in evidence if hit.rule == rule_name]
    assert hits, f"{rule_name} did not fire on {original!r}: {[hit.rule for hit in evidence]}"
    assert all(hit.category == category for hit in hits)
    assert expected in [hit.text for hit in hits]


def test_evidence_is_ordered_by_position():
    evidence = match("how old are you? where do you live? don't tell anyone")
    assert [hit.start for hit in evidence] == sorted(hit.start for hit in evidence)
    assert {"en_ask_age", "en_ask_address", "en_dont_tell"} <= {hit.rule for hit in evidence}


def test_korean_rules_skipped_without_hangul():
    # Only ASCII: no Korean rule may contribute evidence.
    assert all(DEFAULT_RULES.by_name[hit.rule].lang == "en" for hit in match("how old are you? send me a pic"))


@pytest.mark.parametrize(
    "kwargs",
    [
        pytest.param({"category": "weather"}, id="unknown-category"),
        pytest.param({"lang": "fr"}, id="unknown-language"),
        pytest.param({"name": "Bad Name"}, id="bad-name"),
        pytest.param({"name": "1rule"}, id="name-starts-with-digit"),
        pytest.param({"weight": 0}, id="weight-zero"),
        pytest.param({"weight": 5}, id="weight-too-large"),
        pytest.param({"weight": -1}, id="weight-negative"),
        pytest.param({"pattern": "("}, id="pattern-does-not-compile"),
        pytest.param({"pattern": "a*"}, id="pattern-matches-empty"),
        pytest.param({"pattern": "(?:secret)?"}, id="pattern-optional-group"),
    ],
)
def test_invalid_rule_raises(kwargs):
    fields = {"name": "en_test_rule", "category": "secrecy", "lang": "en", "pattern": r"\bsecret\b", "weight": 1.0}
    fields.update(kwargs)
    with pytest.raises(ValueError):
        Rule(**fields)


def test_valid_rule_builds():
    rule = Rule("en_test_rule", "secrecy", "en", r"\bsecret\b", 3)
    assert rule.find(normalize("A SECRET"))[0].text == "SECRET"


def test_ruleset_rejects_duplicate_names():
    rule = Rule("en_test_rule", "secrecy", "en", r"\bsecret\b")
    other = Rule("en_test_rule", "threat", "en", r"\bor else\b")
    with pytest.raises(ValueError, match="en_test_rule"):
        RuleSet([rule, other])


def test_default_rule_names_are_unique():
    names = [rule.name for rule in DEFAULT_RULES]
    assert len(names) == len(set(names)) == len(DEFAULT_RULES)


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_match_on_blank_text_is_empty(text):
    assert match(text) == []
