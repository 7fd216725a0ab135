"""Help with words the lexicons do not know: alternatives found outside the lexicons."""
