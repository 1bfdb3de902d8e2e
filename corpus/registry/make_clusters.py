#!/usr/bin/env python3
"""Writes corpus/registry/clusters.tsv: every gold official of the corpus and the real set, with its person.

Columns: doc, name (as in gold), cluster, then what the registry is given as input: role and country (as in gold) and
the document date (gold date; for real Arabic articles without one, the day of their SaudiNewsNet file; else empty).

The groups below were written by hand, by reading the gold officials of corpus/ar, corpus/fa and corpus/real (names,
roles, countries and dates, listed sorted by surname and by given name), never from the analyzer's output. Every
official not named in a group is a person of its own. A group lists names exactly as the gold files write them;
every gold official so named, in any document, belongs to it.
"""
import glob
import json
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')

GROUPS = {
    # real set, Arabic (Saudi press, 2015) and Persian (Fars News, 2003-2020)
    'salman-bin-abdulaziz': ['سلمان بن عبدالعزيز', 'سلمان بن عبد العزيز', 'سلمان بن عبدالعزيز آل سعود',
                             'سلمان بن عبد العزيز آل سعود', 'سلمان'],
    'mohammed-bin-salman': ['محمد بن سلمان', 'محمد بن سلمان بن عبدالعزيز', 'محمد بن سلمان بن عبد العزيز',
                            'محمد بن سلمان بن عبدالعزيز آل سعود'],
    'mohammed-bin-nayef': ['محمد بن نايف', 'محمد بن نايف بن عبدالعزيز', 'محمد بن نايف بن عبد العزيز'],
    'faisal-bin-salman': ['فيصل بن سلمان', 'فيصل بن سلمان بن عبدالعزيز', 'فيصل بن سلمان بن عبد العزيز'],
    'sultan-bin-salman': ['سلطان بن سلمان بن عبدالعزيز'],
    'khalid-al-faisal': ['خالد الفيصل', 'خالد الفيصل بن عبدالعزيز'],
    'adel-al-jubeir': ['عادل الجبير', 'عادل بن أحمد الجبير'],
    'adel-al-toraifi': ['عادل الطريفي', 'عادل بن زيد الطريفي'],
    'musaed-al-aiban': ['مساعد العيبان', 'مساعد بن محمد العيبان'],
    'abdullah-al-rabeeah': ['عبدالله بن عبدالعزيز الربيعة'],
    'majid-al-qasabi': ['ماجد بن عبدالله القصبي'],
    'khaled-bahah': ['خالد بحاح', 'خالد محفوظ بحاح'],
    'abdullah-al-badri': ['عبد الله البدري', 'عبدالله البدري'],
    'barack-obama': ['أوباما', 'باراك أوباما'],
    'vladimir-putin': ['بوتين', 'فلاديمير بوتين', 'ولادیمیر پوتین'],
    'george-w-bush': ['بوش', 'جرج بوش'],
    'bashar-al-assad': ['بشار الأسد', 'بشار اسد'],
    'andrew-exum': ['أندرو أكسوم', 'اندرو اكسوم'],
    'eric-rosenbach': ['إريك روزينباخ'],
    'elissa-slotkin': ['أليسا سلوتكين'],
    'ronald-lewis': ['رونالد لويس'],
    'ashton-carter': ['آشتون كارتر', 'اشتون كارتر'],
    'john-kerry': ['جون كيري'],
    'sergey-lavrov': ['سيرجي لافروف', 'سيرغي لافروف', 'لافروف', 'سرگئی لاوروف'],
    'sameh-shoukry': ['سامح شكري'],
    'abdel-fattah-el-sisi': ['عبدالفتاح السيسي', 'عبد الفتاح السيسي'],
    'abdrabbuh-mansur-hadi': ['عبد ربه منصور هادي', 'عبدربه منصور هادي'],
    'abdullatif-al-zayani': ['عبداللطيف بن راشد الزياني', 'عبد اللطيف الزياني'],
    'hamoud-al-harbi': ['حمود بن عليثة الحربي', 'حمود عليثه الحربي'],
    'azzam-al-dakhil': ['عزام الدخيل', 'عزام بن محمد الدخيل'],
    'khalid-al-ghamlas': ['خالد الغملاس', 'خالد بن محمد الغملاس'],
    'khalid-al-falih': ['خالد الفالح', 'خالد بن عبد العزيز الفالح'],
    'khalid-al-attiyah': ['خالد العطية', 'خالد بن محمد العطية'],
    'khalid-taher': ['خالد بن عبد القادر طاهر', 'خالد بن عبدالقادر طاهر'],
    'mishari-bin-saud': ['مشاري بن سعود بن عبد العزيز', 'مشاري بن سعود بن عبدالعزيز'],
    'sabah-al-khalid': ['صباح خالد الحمد الصباح'],
    'mohammad-javad-zarif': ['محمد جواد ظريف', 'محمد جواد ظریف'],
    'ali-akbar-salehi': ['علي أكبر صالحي', 'علی‌اکبر صالحی'],
    'mohammed-al-ayesh': ['محمد العايش', 'محمد بن عبدالله العایش'],
    'abdullah-bin-zayed': ['عبدالله بن زايد آل نهيان', 'عبد الله بن زايد آل نهيان'],
    'mohammed-bin-zayed': ['محمد بن زايد آل نهيان', 'محمد ن زاید آل نهیان'],
    'ahmed-qattan': ['أحمد قطان'],
    'ali-larijani': ['علي لاريجاني'],
    'manouchehr-mottaki': ['منوچهر متكي'],
    'mahmoud-ahmadinejad': ['محمود احمدي نژاد', 'محمود احمدي‌نژاد'],
    'nouri-al-maliki': ['نوري المالكي', 'نوري مالكي'],
    'donald-rumsfeld': ['رامسفلد', 'دونالد رامسفلد'],
    'nawaz-sharif': ['نواز شریف', 'محمد نواز شريف'],
    'ismail-ould-cheikh-ahmed': ['إسماعيل ولد الشيخ', 'إسماعيل ولد الشيخ أحمد'],
    # the real articles added after the first grouping (ar-real-071..090, fa-real-051..065, all dev)
    'hassan-rouhani': ['حسن روحاني', 'حسن روحانی'],
    'hamad-al-duwailah': ['حمد الضويلع', 'حمد بن محمد الضويلع'],
    'paolo-gentiloni': ['باولو جينتيلوني'],
    'ali-abdullah-saleh': ['علي عبدالله صالح'],
    'saud-bin-nayef': ['سعود بن نايف بن عبدالعزيز'],
    # the article inverts the minister's name (عبد اللطيف بن عبد الملك), same office the same week
    'abdullatif-al-sheikh': ['عبداللطيف آل الشيخ', 'عبدالملك بن عبداللطيف آل الشيخ'],
    'mahmoud-abbas': ['محمود عباس'],
    'hamid-karzai': ['حامد کرزی'],
    'franco-frattini': ['فرانكو فراتيني', 'فراتيني'],
    'angela-merkel': ['آنگلا مركل', 'آنگلا مرکل'],
    'emomali-rahmon': ['امامعلی رحمان', 'رحمان'],
    # written corpus: the same invented official in two documents
    'said-al-maawali': ['سعيد بن حمود المعولي'],
    'abdul-latif-mansour': ['عبد اللطيف منصور', 'عبداللطیف منصور حقانی'],
    # the ledger's dev series (2019-2025): one official across years and languages
    'haidar-al-jubouri': ['حيدر عبد الأمير الجبوري', 'حیدر عبدالامیر الجبوری'],
    'salem-al-harthi': ['سالم بن ناصر الحارثي', 'سالم بن ناصر الحارثی'],
    'fadhel-al-saadi': ['فاضل كريم الساعدي', 'فاضل کریم الساعدی'],
    'alireza-shahabi': ['علي رضا شهابي', 'علی رضا شهابی'],
    'mohammad-reza-kazemi': ['محمد رضا كاظمي'],
    # the ledger's test series added in the third round (2019-2025)
    'majed-al-issawi': ['ماجد حميد العيساوي'],
    'mohsen-taherifard': ['محسن طاهري فرد', 'محسن طاهری\u200cفرد'],
    'sharif-mansour': ['شريف عادل منصور', 'شریف عادل منصور'],
    'hala-al-sharaa': ['هالة زياد الشرع', 'هاله زیاد الشرع'],
    'hossein-rezvanipour': ['حسين رضواني بور', 'حسین رضوانی\u200cپور'],
    'mehmet-ali-kaya': ['مهمت علي كايا', 'محمت علی کایا'],
    # the ledger's first test series (read by the lead after their writer left them ungrouped)
    'ahmed-fawzy-el-shenawy': ['أحمد فوزي الشناوي', 'احمد فوزی الشناوی'],
    # the ledger's dev series of the fourth round (2019-2025, grouped by their writer): one official across years,
    # offices and languages (Iran's roads minister in 2020 and the president's adviser for corridors in 2025)
    'farhad-kazemian': ['فرهاد کاظمیان', 'فرهاد كاظميان'],
    'rashad-novruzov': ['رشاد نوروزاف', 'رشاد نوروزوف'],
    'hassan-jasim-al-rubaie': ['حسن جاسم الربيعي', 'حسن جاسم الربیعی'],
    'murat-ozdemir': ['مراد أوزدمير', 'مراد اوزدمیر'],
    'ahmed-bin-khalifa-al-kuwari': ['أحمد بن خليفة الكواري', 'احمد بن خلیفه الکواری'],
    # the ledger's dev series of the fifth round (2019-2025, grouped by their writer): the same ministers across
    # years and languages (Iraq's trade minister and Syria's economy minister in 2019, 2023 and 2025)
    'alaa-hussein-al-karawi': ['علاء حسين الكرعاوي', 'علاء حسین الکرعاوی'],
    'nizar-yousef-al-shihabi': ['نزار يوسف الشهابي', 'نزار یوسف الشهابی'],
    'suren-avakian': ['سورن آواکیان', 'سورين أفاكيان'],
    'bahram-afsharnia': ['بهرام افشارنیا', 'بهرام أفشارنيا'],
    'vladimir-tsybulsky': ['فلاديمير تسيبولسكي', 'ولادیمیر تسیبولسکی'],
    'rasoul-faraji': ['رسول فرجي', 'رسول فرجی'],
    'majed-hamid-al-fraiji': ['ماجد حميد الفريجي', 'ماجد حمید الفریجی'],
    # the ledger's test series of the sixth round (2020-2025, grouped by their writer): the same officials across
    # years and languages (Saudi-Iran talks 2023-2024, Kuwait-Iran field talks 2022-2025, Iraq-Egypt 2020-2021)
    'adel-bin-saad-al-shammari': ['عادل بن سعد الشمري', 'عادل بن سعد الشمری'],
    'majid-reza-salehinia': ['مجيد رضا صالحي نيا', 'مجید رضا صالحی\u200cنیا'],
    'kamran-fotouhirad': ['كامران فتوحي راد', 'کامران فتوحی\u200cراد'],
    'nasser-hamad-al-hajri': ['ناصر حمد الهاجري', 'ناصر حمد الهاجری'],
    'majed-abdulrazzaq-al-saadi': ['ماجد عبد الرزاق الساعدي', 'ماجد عبدالرزاق الساعدی'],
    'bakhtiyar-osmanov': ['بختيار عثمانوف', 'بختیار عثمانوف'],
    'alireza-mohammadi-kia': ['علي رضا محمدي كيا', 'علیرضا محمدی\u200cکیا'],
    # the ledger's dev series of the seventh round (grouped by their writer): the Shalamcheh-Basra railway, 2021-2025
    'masoud-khorrami': ['مسعود خرمي', 'مسعود خرمی'],
    'taleb-jawad-al-husseini': ['طالب جواد الحسيني'],
    # the ledger's dev series of the eighth round (grouped by their writer): Iran-Turkmenistan 2020-2025,
    # Qatar-Iraq 2019-2025, Kazakhstan-Iran 2019-2021, Oman-Saudi 2019-2024: the same officials across years
    # and languages
    'behrouz-karimi-nejad': ['بهروز کریمی\u200cنژاد', 'بهروز كريمي نجاد'],
    'muradgeldi-atayev': ['مرادگلدی آتایف', 'مراد كلدي أتاييف'],
    'fahd-bin-salem-al-marri': ['فهد بن سالم المري', 'فهد بن سالم المری'],
    'nazem-hassan-al-khafaji': ['ناظم حسن الخفاجی'],
    'ali-akbar-nowruzpour': ['علي أكبر نوروزبور', 'علی\u200cاکبر نوروزپور'],
    'yerlan-satbayev': ['يرلان ساتباييف', 'یرلان ساتبایف'],
    'salem-bin-khalfan-al-hinai': ['سالم بن خلفان الهنائي', 'سالم بن خلفان الهنائی'],
    'badr-bin-fahd-al-sudairi': ['بدر بن فهد السديري', 'بدر بن فهد السدیری'],
    # the ledger's dev series of the ninth round (grouped by their writer): Iraq-Lebanon fuel for services 2020-2025,
    # Iran-Venezuela refineries, flights and food 2019-2025: the same officials across years and languages
    'thamer-abdulkarim-al-shuwaili': ['ثامر عبد الكريم الشويلي', 'ثامر عبدالکریم الشویلی'],
    'george-salim-tarabieh': ['جورج سليم طربيه', 'جورج سلیم طربیه'],
    'javad-kouhestani': ['جواد کوهستانی', 'جواد كوهستاني'],
    'carlos-alberto-urbano': ['کارلوس آلبرتو اوربانو'],
    # the ledger's test series of the ninth round (grouped by their writer): Oman-UAE railway 2018-2025, Iran-Belarus
    # industry and trade 2019-2025
    'saeed-bin-hamad-al-maamari': ['سعيد بن حمد المعمري', 'سعید بن حمد المعمری'],
    'obaid-salem-al-dhaheri': ['عبيد سالم الظاهري', 'عبید سالم الظاهری'],
    'khalid-bin-salem-al-kiyumi': ['خالد بن سالم الكيومي', 'خالد بن سالم الکیومی'],
    'mehdi-safarpour': ['مهدی صفرپور', 'مهدي صفربور'],
    'alexander-zubko': ['الکساندر زوبکو', 'ألكسندر زوبكو'],
    # the ledger's dev series of the tenth round (grouped by their writer): Iraq-China oil for schools 2019-2025,
    # Iran-Syria Latakia port and power 2020-2024: the same officials across years and languages
    'raad-hamid-al-saati': ['رعد حميد الساعاتي', 'رعد حمید الساعاتی'],
    'hussein-ali-al-turfi': ['حسين علي الطرفي', 'حسین علی الطرفی'],
    'rami-nizar-al-hallaq': ['رامي نزار الحلاق', 'رامی نزار الحلاق'],
    'suleiman-adel-al-khoury': ['سليمان عادل الخوري', 'سلیمان عادل الخوری'],
    'reza-akbari-nasab': ['رضا أكبري نسب', 'رضا اکبری\u200cنسب'],
}

# Same name, different people: kept apart on purpose (each row its own person), listed so the choice is visible.
# علي رضا صادقي نيا: ar-min-007 deputy science minister / ar-news-015 head of the Hajj organization, four days apart.
# أحمد كمال أرسلان (deputy foreign minister) / احمد کمال ارسلان (deputy head of the water authority DSİ).
# أنيل كومار شارما (minister of state for communications) / آنیل کومار شارما (ambassador in Tehran).
# مازن عدنان الحلبي (deputy interior minister) / مازن الحلبی (minister of electricity).
# نبيل فؤاد حداد (secretary-general of a council) / نبیل حداد (Lebanese education minister).
# مجيد نوروزي (consul in Basra) / مجيد رضا نوروزي (deputy interior minister), five days apart.
# ماجد بن سعد العتيبي (2025, invented) / ماجد العتيبي (real set, 2015).
# سلمان داوود الجبوری (Iraqi water minister, 2025) / مهدي صالح الجبوري (the same office, 2026): two ministers.
# أحمد بن خليفة الكواري (Qatari trade minister) / عبد الله بن راشد الكواري / ناصر بن خالد الکواری (energy officials).
# ماجد حميد الفريجي (Iraqi electricity minister, 2020-2021) / ماجد حميد العيساوي: same given names, two people.
# ناصر حمد الهاجري (Kuwaiti deputy foreign minister) / ناصر سعد الهاجري (Qatari cyber agency): two people.
# حيدر كاظم العبودي (Iraqi planning undersecretary, 2023) / حيدر كاظم الساعدي (planning minister): two people.
# مجيد رضا صالحي نيا (Iranian deputy foreign minister) / پیمان صالحی‌نیا, علي رضا صادقي نيا: other people.
# علي رضا محمدي كيا (head of Iran's ports organization, 2024-2025) / رضا محمدي كيا (energy minister): two people.
# بولات نورلانوف (Kazakh ambassador in Tehran, 2025) / آيدار نورلانوف (Kazakh agriculture minister): two people.
# ناظم حسن الخفاجی, عماد كاظم الزبيدي, سعد جبار العبيدي (eighth round) share only a surname with earlier officials;
# سالم بن خلفان الهنائي (Omani transport minister) / سعيد بن علي الهنائي (navy chief of staff): two people.


def archive_dates():
    """The day of the SaudiNewsNet file each real Arabic article comes from (its publication day), by our id."""
    dates = {}
    with open(os.path.join(ROOT, 'real', 'split.tsv'), encoding='utf-8') as f:
        for line in f.read().splitlines()[1:]:
            columns = line.split('\t')
            m = re.search(r'saudinewsnet-(\d{4}-\d{2}-\d{2})', columns[5])
            if m:
                dates[columns[0]] = m.group(1)
    return dates


def main():
    published = archive_dates()
    by_name = {}
    for cluster, names in GROUPS.items():
        for name in names:
            by_name[name] = cluster
    files = sorted(glob.glob(os.path.join(ROOT, 'ar', '*.gold.json')) + glob.glob(os.path.join(ROOT, 'fa', '*.gold.json'))
                   + glob.glob(os.path.join(ROOT, 'real', 'ar', '*.gold.json'))
                   + glob.glob(os.path.join(ROOT, 'real', 'fa', '*.gold.json')))
    used = set()
    out = sys.stdout
    out.write('doc\tname\tcluster\trole\tcountry\tdate\n')
    for path in files:
        gold = json.load(open(path, encoding='utf-8'))
        for n, official in enumerate(gold['officials']):
            name = official['name']
            cluster = by_name.get(name)
            if cluster:
                used.add(name)
            else:
                cluster = '%s/%d' % (gold['id'], n + 1)
            date = gold.get('date') or published.get(gold['id']) or ''
            out.write('\t'.join([gold['id'], name, cluster, official.get('role') or '', official.get('country') or '',
                                 date]) + '\n')
    missing = set(by_name) - used
    if missing:
        sys.exit('names in no gold file: ' + ', '.join(sorted(missing)))


if __name__ == '__main__':
    main()
