"""English names: the KB's name_en, else a readable romanization."""

import pytest

from marsad.entities.romanize import english_name, romanize


@pytest.mark.parametrize("arabic, english", [
    ("خالد فريد سلام", "Khalid Farid Salam"),
    ("أبو الحسن المهاجر", "Abu al-Hasan al-Muhajir"),
    ("أبي بكر البغدادي", "Abu Bakr al-Baghdadi"),
    ("عبد الرحمن", "Abd al-Rahman"),
    ("عبد الله", "Abdullah"),
    ("محمد أحمد", "Muhammad Ahmad"),
    ("نبيل نعيم", "Nabil Naim"),
    ("الباغوز", "al-Baghuz"),
    ("هاوار", "Hawar"),
    ("ISIS", "ISIS"),
])
def test_romanize(arabic, english):
    assert romanize(arabic) == english


def test_sun_letters_optional():
    assert romanize("فاطمة الزهراء") == "Fatima al-Zahra"
    assert romanize("فاطمة الزهراء", sun_letters=True) == "Fatima az-Zahra"


def test_english_name_prefers_the_kb():
    class E:
        name_en = "Islamic State"

    assert english_name(E(), "الدولة الإسلامية") == "Islamic State"
    assert english_name(None, "خالد فريد سلام") == "Khalid Farid Salam"
