"""State forces, security and intelligence services and state relief agencies of the curated KB
(``curated_forces.jsonl``): found and linked through ``marsad.analyze`` with their country, kind
and ACLED actor category.  Sentences marked SNN are from SaudiNewsNet (July-August 2015)."""

import pytest

import marsad
from marsad.entities.kb import load_kb


def _orgs(text):
    """entity id -> (country, kind, ACLED category, [mention texts]) of the ORG entities."""
    doc = marsad.analyze(text)
    kb = load_kb()
    out = {}
    for e in doc.to_dict()["entities"]:
        if e["type"] != "ORG":
            continue
        for m in e["mentions"]:
            assert doc.text[m["start"]:m["end"]] == m["text"]
        ent = kb.get(e["id"])
        out[e["id"]] = (e["country"], e["kind"], ent.acled_category if ent else None,
                        [m["text"] for m in e["mentions"]])
    return out


def test_saudi_security_services_snn():
    got = _orgs("كشف مدير الأمن العام الفريق عثمان بن ناصر أن التحقيقات لا تزال جارية من خلال "
                "زملائنا في المباحث العامة، فيما استهدف التفجير مسجد قوات الطوارئ بعسير أثناء صلاة الظهر.")
    assert got["cur:sa-mabahith"][:3] == ("SA", "intelligence_agency", "State forces")
    assert got["cur:sa-sef"][:3] == ("SA", "state_forces", "State forces")
    assert got["cur:sa-sef"][3] == ["قوات الطوارئ"]
    # the bare «الأمن العام» (Saudi, Jordanian, Lebanese ...) is not linked to one country
    assert not any(t == "الأمن العام" for v in got.values() for t in v[3])


@pytest.mark.parametrize("spelling", ["قوات الطوارىء الخاصة", "قوة الطوارئ", "قوة الطوارىء"])
def test_emergency_forces_spellings(spelling):
    got = _orgs(f"واستشهد عدد من منسوبي {spelling} في الهجوم الإرهابي على المسجد في أبها.")
    assert "cur:sa-sef" in got and got["cur:sa-sef"][3] == [spelling]


def test_royal_air_force_by_country_context():
    # SNN: a British minister on the RAF; the article names Britain elsewhere
    uk = _orgs("وقال وزير الدفاع البريطاني مارك فالون إن طائرات تورنيدو التابعة لسلاح الجو الملكي "
               "شنت مئات الضربات لمساعدة القوات العراقية على صد داعش، وإن بريطانيا ستواصل مشاركتها.")
    assert "cur:gb-raf" in uk and "cur:jo-rjaf" not in uk
    assert uk["cur:gb-raf"][:3] == ("GB", "state_forces", "State forces")
    jordan = _orgs("وأقلعت إحدى طائرات سلاح الجو الملكي من مطار ماركا العسكري في الأردن محملة بمساعدات إغاثية.")
    assert "cur:jo-rjaf" in jordan and "cur:gb-raf" not in jordan
    assert jordan["cur:jo-rjaf"][0] == "JO"


def test_country_qualified_form_disambiguates():
    # «قوى الأمن الداخلي» is both the Lebanese police and the AANES Asayish: the article decides,
    # and «مديرية الأمن العام الأردنية» is Jordanian whatever the article
    lebanon = _orgs("وأعلنت قوى الأمن الداخلي في بيروت توقيف مطلوب، فيما دهمت مخابرات الجيش اللبناني "
                    "منزلا في طرابلس بلبنان.")
    assert lebanon["cur:lb-isf"][0] == "LB" and "cur:asayish" not in lebanon
    assert lebanon["cur:lb-army-intelligence"][:3] == ("LB", "intelligence_agency", "State forces")
    syria = _orgs("وسيطرت قوى الأمن الداخلي (الأسايش) على حي في الحسكة بسوريا.")
    assert "cur:asayish" in syria and "cur:lb-isf" not in syria
    jordan = _orgs("وقالت مديرية الأمن العام الأردنية إن دوريات الدرك الأردني طوقت المكان.")
    assert jordan["cur:jo-psd"][0] == "JO" and jordan["cur:jo-gendarmerie"][0] == "JO"


def test_yemen_government_forces_and_relief():
    got = _orgs("وشنت القوات الجوية الملكية السعودية غارات على مواقع الحوثيين، بينما تقدمت قوات الشرعية "
                "في مأرب مدعومة بقوات النخبة الحضرمية، وأكدت قوات اللواء الأول حزم سيطرتها على التبة. "
                "وأعلن مركز الملك سلمان للإغاثة والأعمال الإنسانية وصول قافلة بالتنسيق مع اللجنة العليا للإغاثة.")
    assert got["cur:sa-rsaf"][:3] == ("SA", "state_forces", "State forces")
    assert got["cur:yemeni-army"][3] == ["قوات الشرعية"]
    assert got["cur:ye-hadrami-elite"][:3] == ("YE", "militia", "Political militia")
    assert got["cur:ye-1st-hazm-brigade"][0] == "YE"
    assert got["cur:ksrelief"][:3] == ("SA", "relief_agency", "Civilians")
    assert got["cur:ye-higher-relief-committee"][0] == "YE"


def test_turkey_israel_iraq_somalia():
    # SNN
    tr = _orgs("وذكر تقرير إخباري أن مجموعة مسلحة من حزب العمال الكردستاني استهدفت ثلاثة جنود من قوات "
               "الدرك التركية، أثناء عودتهم إلى بيوتهم في ولاية موش، شرقي تركيا.")
    assert tr["cur:tr-gendarmerie"][:3] == ("TR", "state_forces", "State forces")
    # SNN
    il = _orgs("قال الشاباك الإسرائيلي إنهم أسرى محررون، فيما اعتقلت قوات الاحتلال الإسرائيلي عشرة فلسطينيين.")
    assert il["cur:il-shin-bet"][:3] == ("IL", "intelligence_agency", "State forces")
    assert il["cur:idf"][3] == ["قوات الاحتلال الإسرائيلي"]
    iq = _orgs("وأعلنت خلية الإعلام الأمني أن طيران الجيش العراقي دمر أهدافا لداعش في الأنبار "
               "بالتعاون مع قيادة عمليات الأنبار.")
    assert {"cur:iq-security-media-cell", "cur:iq-army-aviation", "cur:iq-anbar-oc"} <= set(iq)
    assert all(iq[k][0] == "IQ" for k in ("cur:iq-security-media-cell", "cur:iq-army-aviation"))
    so = _orgs("وقالت القيادة الأمريكية في أفريقيا (أفريكوم) إنها نفذت غارة على حركة الشباب بالتنسيق مع "
               "بعثة الاتحاد الأفريقي الانتقالية في الصومال.")
    assert so["cur:africom"][0] == "US" and so["cur:africom"][3] == ["القيادة الأمريكية في أفريقيا", "أفريكوم"]
    assert so["cur:atmis"][2] == "External/Other forces"


def test_every_forces_record_has_a_category_and_a_known_parent():
    kb = load_kb()
    forces = [e for e in kb if e.id.startswith("cur:") and e.kind in
              {"state_forces", "intelligence_agency", "relief_agency", "peacekeeping"}]
    assert len(forces) >= 180
    cats = {"State forces", "Rebel group", "Political militia", "Identity militia", "Protesters",
            "Civilians", "External/Other forces"}
    for e in forces:
        assert e.acled_category in cats, e.id
        assert e.country is not None or e.kind == "peacekeeping", e.id
        if e.parent is not None:
            assert kb.get(e.parent) is not None, (e.id, e.parent)
