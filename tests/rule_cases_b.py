"""Table-driven cases for rules added to: secrecy, meeting, sexual_talk, trust_building.

Each entry: rule name -> (texts it must fire on, texts it must not fire on).
"""

CASES_B: dict[str, tuple[list[str], list[str]]] = {}
