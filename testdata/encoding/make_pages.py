#!/usr/bin/env python3
"""Writes the encoding test pages of testdata/encoding/ from the articles
below (invented stories, names and sites, written for newsift's tests).

Each page is named <article>.<encoding>[.<variant>].html:
  <encoding>  what newsift must report decoding it (WHATWG name)
  variant     (none)    <meta charset> names the encoding
              httpequiv <meta http-equiv="Content-Type"> names it
              nodecl    no declaration at all: detection must find it
              wrongdecl the page declares another encoding (see WRONG)
              nobom     UTF-16 without a byte order mark
<article>.expected.txt holds the article's headline (first line) and
paragraphs (one per line) in UTF-8: tests/input/encoding_pages_test.cc
checks that every page of the article yields them, and the same text as
the .utf-8 page. Run from any folder: python3 make_pages.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

TEMPLATE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
{decl}<title>{headline} | {site}</title>
</head>
<body>
<header><a class="logo" href="/">{site}</a>
<nav><ul><li><a href="/news">{nav[0]}</a></li><li><a href="/sport">{nav[1]}</a></li><li><a href="/culture">{nav[2]}</a></li></ul></nav>
</header>
<main><article>
<h1>{headline}</h1>
<p class="byline">{byline}</p>
<time datetime="{date}">{datetext}</time>
{paragraphs}
</article></main>
<footer><p>&copy; 2024 {site}</p></footer>
</body>
</html>
"""

ARTICLES = {
    "fr-marche": dict(
        lang="fr", site="Le Courrier de l’Aubance", date="2024-05-14T09:30:00+02:00",
        nav=["Actualités", "Sports", "Culture"],
        headline="Le marché couvert de Saint-Aubin rouvre après deux ans de travaux",
        byline="Par Hélène Marchetti", datetext="14 mai 2024 à 9 h 30",
        paragraphs=[
            "Après vingt-trois mois de chantier, les halles de Saint-Aubin ont rouvert leurs portes samedi matin. Dès 7 heures, une file d’attente s’était formée devant l’étal du fromager, où l’on servait un café offert par la mairie.",
            "La rénovation a coûté 4,2 millions d’euros, soit 600 000 € de plus que prévu. « Nous avons dû reprendre toute la charpente, rongée par l’humidité », explique l’architecte, Benoît Lefèvre. Le sol en tomettes a été conservé, pièce par pièce.",
            "Vingt-six commerçants occupent désormais les lieux, dont une écaillère, deux maraîchers bio et un torréfacteur. Le marché sera ouvert du mardi au dimanche ; une nocturne est prévue chaque premier vendredi du mois, avec des œuvres d’artistes locaux.",
        ],
        encodings=[("windows-1252", ""), ("windows-1252", "nodecl"), ("windows-1252", "httpequiv"),
                   ("windows-1252", "wrongdecl"), ("utf-8", ""), ("utf-8", "wrongdecl")]),
    "de-bruecke": dict(
        lang="de", site="Lahntal-Bote", date="2024-06-03T17:05:00+02:00",
        nav=["Nachrichten", "Sport", "Kultur"],
        headline="Neue Fahrradbrücke über die Lahn nach drei Jahren Bauzeit eröffnet",
        byline="Von Jörg Weißmüller", datetext="3. Juni 2024, 17:05 Uhr",
        paragraphs=[
            "Mit einem Bürgerfest ist am Montag die neue Fahrradbrücke zwischen Niederau und dem Bahnhofsviertel eröffnet worden. Rund zweitausend Gäste überquerten die 140 Meter lange Stahlkonstruktion schon in der ersten Stunde.",
            "„Das ist ein großer Tag für alle, die täglich mit dem Rad zur Arbeit fahren“, sagte Bürgermeisterin Sabine Köhler bei der Eröffnung. Bisher mussten Radfahrer einen Umweg von fast vier Kilometern über die Bundesstraße nehmen.",
            "Die Baukosten stiegen von geplanten 6,8 auf 9,1 Millionen Euro. Grund waren vor allem höhere Stahlpreise und ein Hochwasser im Frühjahr 2023, das die Arbeiten an den Fundamenten für zwölf Wochen unterbrach.",
        ],
        encodings=[("utf-8", ""), ("utf-16le", ""), ("utf-16be", ""), ("utf-16le", "nobom")]),
    "ru-ozero": dict(
        lang="ru", site="Онежский вестник", date="2024-02-09T11:00:00+03:00",
        nav=["Новости", "Спорт", "Культура"],
        headline="Рыбакам Онежского озера снова разрешили выходить на лёд",
        byline="Ирина Соколова", datetext="9 февраля 2024 года, 11:00",
        paragraphs=[
            "Спасатели отменили запрет на выход на лёд Онежского озера, действовавший с конца января. Толщина льда в заливах превысила тридцать сантиметров, сообщили в районной администрации в пятницу.",
            "«Мы проверили двенадцать участков вдоль берега, лёд крепкий везде, кроме устья реки», — рассказал начальник поисково-спасательного отряда Алексей Гущин. Там по-прежнему стоят предупреждающие знаки.",
            "Местные рыбаки встретили новость с облегчением. По их словам, февраль — лучшее время для ловли корюшки и ряпушки, а двухнедельный запрет лишил многих семей заметной части зимнего заработка.",
        ],
        encodings=[("koi8-r", ""), ("koi8-r", "nodecl"), ("koi8-r", "wrongdecl"),
                   ("windows-1251", "httpequiv"),
                   ("windows-1251", "nodecl"), ("windows-1251", "wrongdecl"), ("utf-8", "")]),
    "zh-gongjiao": dict(
        lang="zh-CN", site="滨江日报", date="2024-03-21T08:00:00+08:00",
        nav=["新闻", "体育", "文化"],
        headline="滨江新区开通首条夜间公交线路",
        byline="记者 李䶮 王晓梅", datetext="2024年3月21日 08:00",
        paragraphs=[
            "滨江新区首条夜间公交线路N1于本周一晚正式开通，运营时间为每晚十点至次日凌晨五点，全程二十三公里，沿途设站十八个，票价统一为两元。",
            "市交通局负责人表示，新区近两年入住人口增长较快，不少市民在医院、物流园区和商业中心上夜班，下班后往往打不到车。开通夜间线路正是为了解决这部分市民的出行难题。",
            "据统计，开通首周日均客流约一千二百人次，高于预期。交通部门计划根据客流情况，在今年下半年再增开两条夜间线路，并在部分站点增设候车亭和照明设施。",
        ],
        encodings=[("gbk", ""), ("gb18030", "nodecl"), ("gb18030", ""), ("gb18030", "wrongdecl"),
                   ("utf-8", "")]),
    "zh-laojie": dict(
        lang="zh-TW", site="府城時報", date="2024-04-02T10:15:00+08:00",
        nav=["新聞", "體育", "文化"],
        headline="台南老街修復工程完工 假日遊客明顯回流",
        byline="記者 陳怡君", datetext="2024年4月2日 上午10:15",
        paragraphs=[
            "歷時一年半的台南新美街修復工程上週完工，街道兩側二十多棟老屋的立面、木窗與騎樓全部整修完成。市府表示，工程總經費約新台幣一億兩千萬元。",
            "清明連假期間，老街湧入大批遊客，不少店家營業額比去年同期成長三成以上。經營傳統糕餅店第三代的林先生說：「好幾年沒看到這麼多人了，連巷子裡的小店都有客人。」",
            "文化局指出，修復過程中發現多處日治時期的磚造結構，已由專家記錄並保存。未來將在街口設置導覽牌，介紹各棟建築的歷史與修復過程。",
        ],
        encodings=[("big5", ""), ("big5", "nodecl"), ("big5", "wrongdecl"), ("utf-8", "")]),
    "ja-densha": dict(
        lang="ja", site="北浜新報", date="2024-07-01T06:45:00+09:00",
        nav=["ニュース", "スポーツ", "文化"],
        headline="北浜市で路面電車の新型車両が運行開始",
        byline="佐藤美咲", datetext="2024年7月1日 6時45分",
        paragraphs=[
            "北浜市交通局は一日、路面電車の新型低床車両「みなと号」の営業運転を始めた。始発の停留場には早朝から鉄道ファンや親子連れが集まり、記念乗車券を求める長い列ができた。",
            "新型車両は床の高さが従来の半分ほどで、車いすやベビーカーでもそのまま乗り降りできる。冷房の効きもよくなり、初めて乗った会社員の女性は「揺れが少なくて驚いた」と話していた。",
            "交通局によると、今年度中にさらに三編成を導入し、老朽化した車両を順次置き換える計画だ。総事業費は約二十四億円で、国の補助金も活用するという。",
        ],
        encodings=[("shift_jis", ""), ("shift_jis", "nodecl"), ("euc-jp", ""), ("euc-jp", "nodecl"),
                   ("euc-jp", "wrongdecl"), ("iso-2022-jp", ""), ("utf-8", "")]),
    "ko-doseogwan": dict(
        lang="ko", site="해안일보", date="2024-09-10T14:20:00+09:00",
        nav=["뉴스", "스포츠", "문화"],
        headline="바닷가 마을에 주민이 함께 지은 작은 도서관 문 열어",
        byline="김지현 기자", datetext="2024년 9월 10일 오후 2시 20분",
        paragraphs=[
            "남해안의 작은 어촌 마을 송정리에 주민들이 힘을 모아 지은 도서관이 지난 주말 문을 열었다. 옛 수협 창고를 고쳐 만든 이 도서관에는 기증받은 책 삼천여 권이 꽂혀 있다.",
            "도서관 건립을 이끈 마을 이장 박영수 씨는 \"아이들이 책을 보려면 버스를 타고 한 시간을 나가야 했다\"며 \"이제는 방과 후에 걸어서 올 수 있게 됐다\"고 말했다.",
            "군청은 운영비 일부를 지원하기로 했으며, 주민 자원봉사자들이 돌아가며 사서 역할을 맡는다. 다음 달부터는 어르신들을 위한 한글 교실과 그림책 읽기 모임도 열릴 예정이다.",
        ],
        encodings=[("euc-kr", ""), ("euc-kr", "nodecl"), ("euc-kr", "wrongdecl"), ("utf-8", "")]),
    "ar-souq": dict(
        lang="ar", site="صحيفة الواحة", date="2024-10-05T12:00:00+03:00",
        nav=["أخبار", "رياضة", "ثقافة"],
        headline="افتتاح سوق جديد للمزارعين في وسط المدينة القديمة",
        byline="بقلم سلمى الحداد", datetext="5 أكتوبر 2024",
        paragraphs=[
            "افتتحت البلدية صباح السبت سوقًا أسبوعيًا جديدًا للمزارعين في الساحة المجاورة للجامع الكبير، بمشاركة أكثر من أربعين مزارعًا من القرى المحيطة بالمدينة.",
            "وقال رئيس البلدية إن الهدف من السوق هو تمكين المزارعين من بيع منتجاتهم مباشرة إلى المستهلكين دون وسطاء، مما يخفض الأسعار ويزيد دخل الأسر الريفية في الوقت نفسه.",
            "وشهد اليوم الأول إقبالًا كبيرًا من السكان، خاصة على الخضروات الطازجة والعسل وزيت الزيتون. وسيفتح السوق أبوابه كل يوم سبت من السابعة صباحًا حتى الواحدة ظهرًا.",
        ],
        encodings=[("windows-1256", ""), ("windows-1256", "nodecl"), ("windows-1256", "wrongdecl"),
                   ("utf-8", "")]),
    "el-leoforeio": dict(
        lang="el", site="Η Φωνή του Λιμανιού", date="2024-08-19T08:10:00+03:00",
        nav=["Ειδήσεις", "Αθλητικά", "Πολιτισμός"],
        headline="Νέα γραμμή λεωφορείου συνδέει το λιμάνι με το κέντρο της πόλης",
        byline="Της Κατερίνας Παπαδοπούλου", datetext="19 Αυγούστου 2024",
        paragraphs=[
            "Από τη Δευτέρα τίθεται σε λειτουργία η νέα γραμμή λεωφορείου που συνδέει το λιμάνι με την κεντρική πλατεία και το νοσοκομείο. Τα δρομολόγια θα εκτελούνται κάθε είκοσι λεπτά.",
            "Ο δήμαρχος δήλωσε ότι η γραμμή ήταν ένα από τα πιο συχνά αιτήματα των κατοίκων της παραλιακής ζώνης, οι οποίοι μέχρι σήμερα έπρεπε να περπατούν σχεδόν δύο χιλιόμετρα μέχρι την πλησιέστερη στάση.",
            "Το εισιτήριο θα κοστίζει ένα ευρώ, ενώ για φοιτητές και συνταξιούχους η μετακίνηση θα είναι δωρεάν. Τους καλοκαιρινούς μήνες τα δρομολόγια θα συνεχίζονται έως τα μεσάνυχτα.",
        ],
        encodings=[("iso-8859-7", ""), ("iso-8859-7", "nodecl"), ("iso-8859-7", "wrongdecl"),
                   ("utf-8", "")]),
    "th-saphan": dict(
        lang="th", site="ข่าวริมน้ำ", date="2024-11-12T16:00:00+07:00",
        nav=["ข่าว", "กีฬา", "วัฒนธรรม"],
        headline="เปิดสะพานคนเดินข้ามแม่น้ำแห่งใหม่ เชื่อมตลาดเก่ากับสถานีรถไฟ",
        byline="โดย สมชาย ใจดี", datetext="12 พฤศจิกายน 2567",
        paragraphs=[
            "เทศบาลเมืองเปิดใช้สะพานคนเดินข้ามแม่น้ำแห่งใหม่อย่างเป็นทางการเมื่อวันอังคาร สะพานยาวหนึ่งร้อยแปดสิบเมตร เชื่อมตลาดเก่าริมน้ำกับสถานีรถไฟ ช่วยให้ชาวบ้านไม่ต้องอ้อมไปใช้สะพานรถยนต์อีกต่อไป",
            "นายกเทศมนตรีกล่าวว่า โครงการนี้ใช้งบประมาณราวสี่สิบห้าล้านบาท และใช้เวลาก่อสร้างสองปี บนสะพานมีไฟส่องสว่างตลอดคืน และมีทางลาดสำหรับรถเข็นทั้งสองฝั่ง",
            "พ่อค้าแม่ค้าในตลาดเก่าต่างดีใจ เพราะคาดว่าจะมีนักท่องเที่ยวเดินมาจับจ่ายมากขึ้น โดยเฉพาะในช่วงเย็นวันศุกร์และวันเสาร์ที่มีถนนคนเดิน",
        ],
        encodings=[("windows-874", ""), ("windows-874", "nodecl"), ("windows-874", "wrongdecl"),
                   ("utf-8", "")]),
}

# What the "wrongdecl" pages declare instead of their real encoding. Some
# contradictions show as decoding errors (UTF-8 declared, windows-1251
# bytes), others decode without error into nonsense and only the
# statistics of the text give them away (KOI8-R declared windows-1251).
WRONG = {
    ("fr-marche", "utf-8"): "iso-8859-1",
    ("fr-marche", "windows-1252"): "windows-1251",
    ("ru-ozero", "windows-1251"): "utf-8",
    ("ru-ozero", "koi8-r"): "windows-1251",
    ("zh-gongjiao", "gb18030"): "iso-8859-1",
    ("zh-laojie", "big5"): "gbk",
    ("ja-densha", "euc-jp"): "shift_jis",
    ("ko-doseogwan", "euc-kr"): "gbk",
    ("ar-souq", "windows-1256"): "windows-1252",
    ("el-leoforeio", "iso-8859-7"): "windows-1252",
    ("th-saphan", "windows-874"): "windows-1252",
}
# Python codec names for the WHATWG encodings (windows-31j is WHATWG's
# shift_jis, cp949 its euc-kr).
CODECS = {"shift_jis": "cp932", "euc-kr": "cp949", "big5": "big5hkscs", "windows-874": "cp874"}
# Labels written in declarations, where the usual label is not the name.
LABELS = {"gbk": "gb2312", "windows-874": "tis-620", "shift_jis": "Shift_JIS"}


def page(article, encoding, variant):
    a = ARTICLES[article]
    label = LABELS.get(encoding, encoding)
    if variant == "wrongdecl":
        label = WRONG[(article, encoding)]
    if variant in ("nodecl", "nobom") or encoding.startswith("utf-16"):
        decl = ""
    elif variant == "httpequiv":
        decl = f'<meta http-equiv="Content-Type" content="text/html; charset={label}">\n'
    else:
        decl = f'<meta charset="{label}">\n'
    paragraphs = "\n".join(f"<p>{p}</p>" for p in a["paragraphs"])
    html = TEMPLATE.format(decl=decl, paragraphs=paragraphs, **{
        k: v for k, v in a.items() if k not in ("paragraphs", "encodings")})
    codec = CODECS.get(encoding, encoding)
    if encoding == "utf-16le":
        return (b"" if variant == "nobom" else b"\xff\xfe") + html.encode("utf-16-le")
    if encoding == "utf-16be":
        return b"\xfe\xff" + html.encode("utf-16-be")
    # Characters the encoding lacks become references, as real pages write them.
    return html.encode(codec, errors="xmlcharrefreplace")


def main():
    for article, a in ARTICLES.items():
        with open(os.path.join(HERE, article + ".expected.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join([a["headline"]] + a["paragraphs"]) + "\n")
        for encoding, variant in a["encodings"]:
            name = ".".join(x for x in (article, encoding, variant) if x) + ".html"
            with open(os.path.join(HERE, name), "wb") as f:
                f.write(page(article, encoding, variant))


if __name__ == "__main__":
    main()
