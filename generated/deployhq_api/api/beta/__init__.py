"""Operations tagged beta, one module each."""

OPERATIONS = ("create_betum_enrollment",)
