"""Table-driven cases for rules added to: personal_info, money_offer, body_photo, media_sale, threat.

Each entry: rule name -> (texts it must fire on, texts it must not fire on).
"""

CASES_A: dict[str, tuple[list[str], list[str]]] = {}
