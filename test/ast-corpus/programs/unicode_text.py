# -*- coding: utf-8 -*-
"""Texte en français, 日本語 und Ελληνικά: identifiers and strings beyond ASCII."""
import unicodedata

prénom = "Zoë"
größe = 1.83
π = 3.141592653589793
число = 42
名前 = "太郎"
emoji = "🐍 + 🧵 = ❤️"


def décrire(personne: str, âge: int) -> str:
    return f"{personne} a {âge} ans — «{personne.upper()}»"


def normaliser(texte):
    return "".join(c for c in unicodedata.normalize("NFD", texte) if unicodedata.category(c) != "Mn")


salutations = {"fr": "Bonjour", "ja": "こんにちは", "el": "Γειά σου", "ru": "Привет", "ar": "مرحبا"}
for langue, mot in salutations.items():
    print(f"{langue}: {mot:>10} ({len(mot)} caractères, {len(mot.encode())} octets)")
print(décrire(prénom, 30), normaliser("Crème brûlée"), 名前, число, round(π * größe ** 2, 3))
print(emoji, [unicodedata.name(c, "?") for c in "é€"], "\N{GREEK SMALL LETTER ALPHA}\u03b2\U0001F600")
print("ﬁ".upper(), "ß".upper(), "İ".lower(), "straße".casefold() == "STRASSE".casefold())
