"""Text normalisation with an offset map back to the original text.

Rules and features see normalised text (Unicode NFKC, case folded, invisible
format characters removed); evidence must point at what the user actually
sent. :func:`normalize` therefore returns, for every normalised character, the
span of original characters it came from.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

__all__ = ["NormalizedText", "normalize", "normalize_text"]

# Zero-width and bidirectional control characters: invisible, and used both by
# apps (iOS inserts direction marks) and by people hiding words from filters.
_INVISIBLE = frozenset(
    [0x00AD, 0x034F, 0x061C, 0x180E, 0xFEFF] + list(range(0x200B, 0x2010)) + list(range(0x202A, 0x202F)) + list(range(0x2060, 0x2070))
)


# Phones type curly apostrophes ("don’t"); rules are written with the straight one.
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'})


def _joins_previous(char: str) -> bool:
    """Whether ``char`` composes with the character before it under NFKC."""
    code = ord(char)
    # Conjoining Hangul vowels and finals compose with a preceding initial or
    # syllable; combining marks attach to their base.
    return 0x1160 <= code <= 0x11FF or 0xD7B0 <= code <= 0xD7FF or unicodedata.combining(char) != 0


def _is_compat_jamo(char: str) -> bool:
    # NFKC would turn "ㅋㅋ" into conjoining jamo and glue "ㅅㅏ" into "사";
    # keep compatibility jamo as typed so that rules can be written the way
    # people write.
    return 0x3130 <= ord(char) <= 0x318F


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """Normalised text and where each of its characters came from.

    Attributes
    ----------
    original : str
        The text as received.
    text : str
        The normalised text.
    starts, ends : tuple of int
        ``original[starts[i]:ends[i]]`` is the source of ``text[i]``.
    """

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text to a span of the original text.

        Parameters
        ----------
        start, end : int
            Span in ``text``, end exclusive, ``0 <= start < end <= len(text)``.

        Returns
        -------
        tuple of int
            ``(start, end)`` in ``original``, end exclusive.
        """
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span ({start}, {end}) is outside the text of length {len(self.text)}")
        return self.starts[start], self.ends[end - 1]


def normalize(text: str) -> NormalizedText:
    """Normalise ``text`` for matching and keep an offset map.

    Applies Unicode NFKC (except to Hangul compatibility jamo), case folding,
    and removes zero-width and bidirectional control characters.

    Parameters
    ----------
    text : str
        Text as received.

    Returns
    -------
    NormalizedText
    """
    if text.isascii():
        # The common case for English chat: case folding of ASCII is
        # length-preserving and there is nothing invisible to drop.
        identity = tuple(range(len(text)))
        return NormalizedText(text, text.lower(), identity, tuple(range(1, len(text) + 1)))

    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    clusters = _clusters(text)
    for begin, finish in clusters:
        source = text[begin:finish]
        if len(source) == 1 and ord(source) in _INVISIBLE:
            continue
        if _is_compat_jamo(source[0]):
            piece = source
        else:
            piece = unicodedata.normalize("NFKC", source).casefold()
            piece = "".join(ch for ch in piece if ord(ch) not in _INVISIBLE).translate(_QUOTES)
        if len(piece) == len(source):
            # One character for one: keep exact offsets (e.g. "진" plus jamo).
            out.append(piece)
            starts.extend(range(begin, finish))
            ends.extend(range(begin + 1, finish + 1))
        else:
            out.append(piece)
            starts.extend([begin] * len(piece))
            ends.extend([finish] * len(piece))
    return NormalizedText(text, "".join(out), tuple(starts), tuple(ends))


def _clusters(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into spans that NFKC normalises independently."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for index in range(1, len(text)):
        char = text[index]
        if _joins_previous(char) and not _is_compat_jamo(text[index - 1]):
            continue
        spans.append((begin, index))
        begin = index
    if text:
        spans.append((begin, len(text)))
    return spans


def normalize_text(text: str) -> str:
    """Return only the normalised text (the TF-IDF preprocessor)."""
    return normalize(text).text
