import pytest

from grooming_detect.normalize import normalize, normalize_text


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("Send Me A PIC", "send me a pic"),
        ("ＰＨＯＮＥ number", "phone number"),  # fullwidth forms
        ("ph\u200bone", "phone"),  # zero-width space
        ("\u202ehello\u202c", "hello"),  # bidirectional controls
        ("Straße", "strasse"),  # case folding grows the text
        ("사진 보내줘ㅋㅋ", "사진 보내줘ㅋㅋ"),  # compatibility jamo stay as typed
        ("\ufeff카톡", "카톡"),
        ("", ""),
    ],
)
def test_normalized_text(original, expected):
    assert normalize(original).text == expected
    assert normalize_text(original) == expected


@pytest.mark.parametrize(
    "original",
    ["Send Me A PIC", "ＰＨＯＮＥ number", "ph\u200bone", "Straße nr 5", "e\u0301x", "사" + "\u11ab" + "진ㅋㅋ", "a\u200d\u200db", "①②"],
)
def test_offset_map_covers_every_character(original):
    normalized = normalize(original)
    assert len(normalized.starts) == len(normalized.ends) == len(normalized.text)
    for index in range(len(normalized.text)):
        start, end = normalized.starts[index], normalized.ends[index]
        assert 0 <= start < end <= len(original)
        if index:
            assert start >= normalized.starts[index - 1]


def test_span_points_at_original_characters():
    original = "hey ＳＥＮＤ ME a p\u200bic"
    normalized = normalize(original)
    begin = normalized.text.index("send")
    start, end = normalized.original_span(begin, begin + 4)
    assert original[start:end] == "ＳＥＮＤ"
    begin = normalized.text.index("pic")
    start, end = normalized.original_span(begin, begin + 3)
    assert original[start:end] == "p\u200bic"


def test_expanded_character_maps_to_its_source():
    original = "Straße"
    normalized = normalize(original)
    begin = normalized.text.index("ss")
    assert normalized.original_span(begin, begin + 2) == (4, 5)


def test_composing_hangul_jamo_maps_to_both_characters():
    original = "사\u11ab진"  # syllable + final consonant compose to 산
    normalized = normalize(original)
    assert normalized.text == "산진"
    assert normalized.original_span(0, 1) == (0, 2)
    assert normalized.original_span(1, 2) == (2, 3)


def test_out_of_range_span_is_refused():
    normalized = normalize("abc")
    with pytest.raises(ValueError):
        normalized.original_span(2, 5)
    with pytest.raises(ValueError):
        normalized.original_span(1, 1)
