"""grooming_detect: find online-grooming risk in chat messages, in English and Korean."""

__version__ = "0.1.0"

from grooming_detect.detector import LEVELS, Detector, Score  # noqa: E402
from grooming_detect.model import ModelError  # noqa: E402
from grooming_detect.rules import Evidence  # noqa: E402

__all__ = ["LEVELS", "Detector", "Evidence", "ModelError", "Score", "__version__"]
