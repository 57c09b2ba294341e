"""A small hand-made KB shared by the entity tests (real ids and coordinates)."""

RECORDS = [
 {"id":"Q2429253","type":"ORG","name":"الدولة الإسلامية","name_en":"Islamic State","kind":"armed_group","country":"SY","source":"curated",
  "aliases":[{"text":"داعش","register":"pejorative"},{"text":"تنظيم الدولة","register":"neutral"},{"text":"تنظيم الدولة الإسلامية","register":"neutral"},{"text":"ISIS","lang":"en"}]},
 {"id":"cur:sdf","type":"ORG","name":"قوات سوريا الديمقراطية","name_en":"Syrian Democratic Forces","kind":"armed_group","country":"SY","source":"curated",
  "aliases":["قسد","قوات سوريا الديموقراطية"]},
 {"id":"cur:abu-al-hasan-al-muhajir","type":"PER","name":"أبو الحسن المهاجر","name_en":"Abu al-Hasan al-Muhajir","kind":"spokesman","source":"curated","aliases":[]},
 {"id":"Q664","type":"LOC","name":"نيوزيلندا","name_en":"New Zealand","kind":"country","country":"NZ","lat":-41.0,"lon":174.0,"geo_precision":3,"source":"cldr","aliases":["نيوزلندا"]},
 {"id":"gn:2192362","type":"LOC","name":"كرايستشيرش","name_en":"Christchurch","kind":"city","country":"NZ","lat":-43.53333,"lon":172.63333,"population":363926,"geo_precision":1,"admin1":"Canterbury","source":"geonames"},
 {"id":"gn:2653265","type":"LOC","name":"كرايستشيرش","name_en":"Christchurch","kind":"town","country":"GB","lat":50.73583,"lon":-1.78129,"population":54210,"geo_precision":1,"admin1":"England","source":"geonames"},
 {"id":"cur:baghuz","type":"LOC","name":"الباغوز","name_en":"Baghuz","kind":"town","country":"SY","lat":34.47,"lon":40.94,"geo_precision":1,"source":"curated","aliases":["الباغوز فوقاني"]},
 {"id":"Q858","type":"LOC","name":"سوريا","name_en":"Syria","kind":"country","country":"SY","lat":35.0,"lon":38.0,"geo_precision":3,"source":"cldr","aliases":["سورية"]},
 {"id":"Q796","type":"LOC","name":"العراق","name_en":"Iraq","kind":"country","country":"IQ","lat":33.0,"lon":44.0,"geo_precision":3,"source":"cldr","aliases":[]},
 {"id":"Q30","type":"LOC","name":"الولايات المتحدة","name_en":"United States","kind":"country","country":"US","lat":39.0,"lon":-98.0,"geo_precision":3,"source":"cldr","aliases":["أمريكا","أميركا"]},
 {"id":"gn:99072","type":"LOC","name":"الموصل","name_en":"Mosul","kind":"city","country":"IQ","lat":36.335,"lon":43.119,"population":1739800,"geo_precision":1,"source":"geonames"},
 {"id":"gn:276781","type":"LOC","name":"بيروت","name_en":"Beirut","kind":"city","country":"LB","lat":33.89,"lon":35.49,"population":1916100,"geo_precision":1,"source":"geonames"},
 {"id":"gn:2210247","type":"LOC","name":"طرابلس","name_en":"Tripoli","kind":"city","country":"LY","lat":32.8874,"lon":13.1873,"population":1150989,"geo_precision":1,"source":"geonames"},
 {"id":"gn:266826","type":"LOC","name":"طرابلس","name_en":"Tripoli","kind":"city","country":"LB","lat":34.4367,"lon":35.8497,"population":229398,"geo_precision":1,"source":"geonames"},
 {"id":"Q1016","type":"LOC","name":"ليبيا","name_en":"Libya","kind":"country","country":"LY","lat":27.0,"lon":17.0,"geo_precision":3,"source":"cldr"},
 {"id":"gn:1001","type":"LOC","name":"قال","name_en":"Qal","kind":"village","country":"IR","lat":30.0,"lon":50.0,"population":500,"geo_precision":1,"source":"geonames"},
 {"id":"gn:268064","type":"LOC","name":"صور","name_en":"Tyre","kind":"city","country":"LB","lat":33.27,"lon":35.2,"population":117000,"geo_precision":1,"source":"geonames"},
 {"id":"cur:hawar","type":"ORG","name":"هاوار","name_en":"Hawar News Agency","kind":"media","source":"curated","aliases":["وكالة هاوار"]},
 {"id":"cur:furqan","type":"ORG","name":"مؤسسة الفرقان","name_en":"al-Furqan Foundation","kind":"media","source":"curated","aliases":["الفرقان"]},
 {"id":"cur:badia","type":"LOC","name":"البادية السورية","name_en":"Syrian Desert","kind":"region","country":"SY","lat":34.5,"lon":39.0,"geo_precision":2,"source":"curated","aliases":["البادية"]},
 {"id":"cur:coalition","type":"ORG","name":"التحالف الدولي","name_en":"Global Coalition against Daesh","kind":"coalition","source":"curated","aliases":[]},
 {"id":"Q889","type":"LOC","name":"أفغانستان","name_en":"Afghanistan","kind":"country","country":"AF","lat":33.0,"lon":66.0,"geo_precision":3,"source":"cldr"},
 {"id":"cur:muslim-brotherhood","type":"ORG","name":"جماعة الإخوان المسلمين","name_en":"Muslim Brotherhood","kind":"political_party","source":"curated","aliases":["الإخوان","الإخوان المسلمين"]},
 {"id":"cur:euphrates","type":"LOC","name":"الفرات","name_en":"Euphrates","kind":"river","lat":34.5,"lon":40.9,"geo_precision":2,"source":"curated"},
 {"id":"Q408","type":"LOC","name":"أستراليا","name_en":"Australia","kind":"country","country":"AU","lat":-25.0,"lon":134.0,"geo_precision":3,"source":"cldr"},
]


def small_kb():
    from marsad.entities.kb import KnowledgeBase

    return KnowledgeBase.from_records(RECORDS)
