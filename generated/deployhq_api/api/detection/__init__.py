"""Operations tagged detection, one module each."""

OPERATIONS = ("create_detection",)
