"""Operations tagged signup, one module each."""

OPERATIONS = ("create_signup",)
