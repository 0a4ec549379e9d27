"""Table-driven cases for rules added to one group of categories (none yet on main).

Each entry: rule name -> (texts it must fire on, texts it must not fire on).
"""

CASES_B: dict[str, tuple[list[str], list[str]]] = {}
