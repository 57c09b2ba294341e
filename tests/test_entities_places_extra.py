"""Common words the tagger reads as places («المدينة», the city) link to a KB place only in the
dateline's country."""

from __future__ import annotations

import marsad


def _places(text: str) -> dict[str, str | None]:
    doc = marsad.analyze(text, published="2015-07-23", id="t")
    return {m["text"]: e.get("name_en") for e in doc.to_dict()["entities"] if e["type"] == "LOC" for m in e["mentions"]}


def test_the_city_in_a_taiz_story_is_not_medina():
    text = ("قتل 10 من المتمردين الحوثيين في اشتباكات بمدينة تعز، فيما شن طيران التحالف بقيادة السعودية غارات على حجة. "
            "وأحرزت المقاومة الشعبية تقدماً في المواجهات التي جرت في منطقة الضباب جنوب غربي المدينة، "
            "وسيطرت على مواقع خلف السجن المركزي.")
    places = _places(text)
    assert "المدينة" not in places or places["المدينة"] not in ("Madinah", "Medina")
