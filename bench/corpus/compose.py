#!/usr/bin/env python3
"""Composes the added training appeals of src/main/resources/appeals/corpus/train.tsv from the phrase banks
bank_*.py (written by hand for Yagona: per topic and language, problem clauses, short appeals and requests) and
shared openings, addresses, durations and closings, then roughens them the way people type: apostrophe variants,
typos, lower case, no punctuation, Russian words in Cyrillic inside Uzbek Latin, Uzbek Cyrillic typed on a Russian
keyboard. Deterministic (fixed seed): the lines below the '# Composed' comment of train.tsv are exactly its output.
Usage: python3 bench/corpus/compose.py > /tmp/added.tsv
Never reads heldout.tsv except to leave out an exact duplicate of one of its lines."""
import random, re, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from bank_a import BANK as A
from bank_b import BANK as B
from bank_c import BANK as C
from bank_d import BANK as D

BANK = {**A, **B, **C, **D}
PER_FORM = int(os.environ.get('PER_FORM', '65'))
rng = random.Random(20261125)

NAMES_UZ = ["Aliyev Anvar", "Karimova Dilnoza", "Tursunov Bahodir", "Rahimova Gulnora", "Yo'ldoshev Sardor", "Qodirova Malika",
            "Ergashev Jasur", "Xolmatova Nodira", "To'xtayev Ulug'bek", "Sobirova Feruza", "Nazarov Shuhrat", "G'aniyeva Zilola"]
PLACES_UZ = ["Chilonzor tumani, 9-kvartal", "Yunusobod tumani, 14-mavze", "Qo'qon shahri, Navbahor mahallasi", "Samarqand shahri, Bog'ishamol ko'chasi",
             "Andijon viloyati, Asaka tumani", "Qarshi shahri, Mustaqillik ko'chasi", "Namangan viloyati, Chust tumani", "Buxoro shahri, G'ijduvon ko'chasi",
             "Nukus shahri, 26-mikrorayon", "Farg'ona viloyati, Marg'ilon shahri", "Jizzax viloyati, Zomin tumani", "Termiz shahri, Do'stlik mahallasi",
             "Sergeli tumani, 5-daha", "Urganch shahri, Al-Xorazmiy ko'chasi", "Navoiy viloyati, Karmana tumani", "Sirdaryo viloyati, Guliston shahri"]
OPEN_UZ = ["Hurmatli hokim!", "Assalomu alaykum.", "Hurmatli tuman hokimi,", "Hurmatli rahbariyat!", "Salom.", "Hurmatli mutasaddilar!",
           "Assalomu aleykum, hurmatli Prezident virtual qabulxonasi!", "Ariza.", "Shikoyat.", "Iltimos yordam bering!", "Hurmatli xalq qabulxonasi,",
           "Assalomu alaykum hurmatli vazirlik xodimlari"]
INTRO_UZ = ["Men, {n}, {p}da yashayman.", "Men {p}da istiqomat qiluvchi fuqaroman.", "Men nafaqaxo'r, {p}da yashayman.", "Manzil: {p}.",
            "Men {p} aholisi nomidan murojaat qilyapman.", "{p} aholisi nomidan yozyapman."]
TIME_UZ = ["Bu holat 3 kundan beri davom etmoqda.", "Bir haftadan beri shunday.", "Ikki oydan beri hal bo'lmayapti.", "Kecha kechqurundan beri.",
           "Yarim yildan beri muammo.", "2025-yildan beri hal qilinmayapti.", "Bu ahvol har yili takrorlanadi.", "Besh kundan buyon."]
GEN_UZ = ["Bir necha marta murojaat qildim, natija yo'q.", "Telefon qilsak ko'tarishmaydi.", "Mas'ullar faqat va'da berishadi.", "Hech kim javob bermayapti.",
          "Oldingi murojaatimga javob kelmadi.", "Mahalla raisiga aytdik, foydasi bo'lmadi.", "Bunga kim javob beradi?", "Endi chidab bo'lmayapti."]
REQ_UZ = ["Iltimos, chora ko'ring.", "Masalani hal qilib bering.", "Ko'rib chiqishingizni so'rayman.", "Yordam berishingizni so'raymiz!", "Tegishli choralar ko'rilsin."]
CLOSE_UZ = ["Hurmat bilan, {n}.", "Oldindan rahmat.", "Javobingizni kutaman.", "Rahmat.", "Tezroq javob bering."]

NAMES_RU = ["Алиев А.", "Каримова Д.", "Турсунов Б.", "Рахимова Г.", "Юлдашев С.", "Кадырова М.", "Эргашев Ж.", "Назаров Ш.", "Петрова Е.В.", "Ким В.", "Соколов И.", "Исмаилова Н."]
PLACES_RU = ["г. Ташкент, Чиланзарский район, 9 квартал", "Юнусабадский район, 14 квартал", "г. Коканд, махалля Навбахор", "г. Самарканд, ул. Богишамол",
             "Андижанская область, Асакинский район", "г. Карши, ул. Мустакиллик", "Наманганская область, Чустский район", "г. Бухара", "г. Нукус, 26 микрорайон",
             "г. Маргилан", "Джизакская область, Зааминский район", "г. Термез", "Сергелийский район", "г. Ургенч", "г. Навои", "г. Гулистан"]
OPEN_RU = ["Уважаемый хоким!", "Здравствуйте.", "Уважаемые сотрудники!", "Уважаемый господин хоким,", "Добрый день.", "Заявление.", "Жалоба.", "Помогите!",
           "Уважаемая Народная приёмная,", "Здравствуйте, уважаемое министерство."]
INTRO_RU = ["Я, {n}, проживаю по адресу: {p}.", "Пишу от имени жителей: {p}.", "Я пенсионерка, живу: {p}.", "Адрес: {p}.", "Обращаюсь к вам как житель: {p}."]
TIME_RU = ["Это продолжается уже три дня.", "Уже неделю так.", "Два месяца не можем решить.", "Со вчерашнего вечера.", "Полгода проблема.", "С 2025 года не решается.",
           "Каждый год одно и то же.", "Пятый день."]
GEN_RU = ["Обращался несколько раз, результата нет.", "Звоним, никто не берёт трубку.", "Ответственные только обещают.", "Никто не отвечает.",
          "На прошлое обращение ответа не было.", "Говорили председателю махалли, без толку.", "Кто за это отвечает?", "Терпеть больше невозможно."]
REQ_RU = ["Прошу разобраться.", "Прошу принять меры.", "Прошу разобраться и принять меры.", "Помогите решить вопрос.", "Прошу рассмотреть моё обращение."]
CLOSE_RU = ["С уважением, {n}", "Заранее спасибо.", "Жду ответа.", "Спасибо.", "Ответьте, пожалуйста, побыстрее."]

NAMES_EN = ["Anvar Aliyev", "Dilnoza Karimova", "Bakhodir Tursunov", "Gulnora Rakhimova", "Sardor Yuldashev", "Malika Kadyrova", "Jasur Ergashev", "Shukhrat Nazarov"]
PLACES_EN = ["Chilanzar district, Tashkent", "Yunusabad district, block 14", "Kokand, Navbahor mahalla", "Samarkand, Bogishamol street", "Asaka district, Andijan region",
             "Karshi city", "Chust district, Namangan region", "Bukhara", "Nukus", "Margilan", "Zaamin district, Jizzakh region", "Termez", "Sergeli district", "Urgench"]
OPEN_EN = ["Dear khokim,", "Hello.", "Dear Sir or Madam,", "Good afternoon.", "Complaint.", "Application.", "Please help!", "Dear officials,", "To the people's reception office:"]
INTRO_EN = ["I am {n} and I live in {p}.", "I write on behalf of the residents of {p}.", "I am a pensioner living in {p}.", "Address: {p}.", "I am a resident of {p}."]
TIME_EN = ["This has been going on for three days.", "It has been like this for a week.", "Two months and still not solved.", "Since last night.", "Half a year already.",
           "Not solved since 2025.", "It happens every year.", "Fifth day now."]
GEN_EN = ["I have complained several times with no result.", "Nobody answers the phone.", "They only make promises.", "Nobody responds.",
          "My previous appeal got no answer.", "We told the mahalla chairman, no use.", "Who is responsible for this?", "We cannot stand it any more."]
REQ_EN = ["Please look into this.", "Please take action.", "Please sort this out.", "Please help us solve this.", "Kindly consider my appeal."]
CLOSE_EN = ["Regards, {n}", "Thank you in advance.", "Waiting for your answer.", "Thanks.", "Please answer quickly."]

G = dict(uz=(NAMES_UZ, PLACES_UZ, OPEN_UZ, INTRO_UZ, TIME_UZ, GEN_UZ, REQ_UZ, CLOSE_UZ),
         ru=(NAMES_RU, PLACES_RU, OPEN_RU, INTRO_RU, TIME_RU, GEN_RU, REQ_RU, CLOSE_RU),
         en=(NAMES_EN, PLACES_EN, OPEN_EN, INTRO_EN, TIME_EN, GEN_EN, REQ_EN, CLOSE_EN))

def cap(s):
    return s[:1].upper() + s[1:] if s else s

def sentence(s):
    s = cap(s.strip())
    return s if s[-1] in '.!?' else s + '.'

def compose(topic, lang):
    b = BANK[topic]
    core, short, req = b[lang + '_c'], b[lang + '_s'], b[lang + '_r']
    names, places, opens, intros, times, gens, reqs, closes = G[lang]
    n, p = rng.choice(names), rng.choice(places)
    shape = rng.random()
    parts = []
    if shape < 0.12:
        s = rng.choice(short)
        if rng.random() < 0.4:
            s = s + rng.choice(['!', '!!!', ', ' + rng.choice(times).rstrip('.').lower(), ' ' + rng.choice(reqs).lower(), '.'])
        return cap(s)
    if shape < 0.35:
        parts.append(sentence(rng.choice(core)))
        if rng.random() < 0.4:
            parts.append(rng.choice(times))
        if rng.random() < 0.3:
            parts.append(sentence(rng.choice(req)))
    elif shape < 0.65:
        parts.append(rng.choice(opens))
        c = rng.sample(core, 2)
        parts.append(sentence(c[0] + (', ' + c[1] if rng.random() < 0.4 else '')))
        if rng.random() < 0.5:
            parts.append(rng.choice(gens))
        parts.append(sentence(rng.choice(req)) if rng.random() < 0.7 else rng.choice(reqs))
        if rng.random() < 0.4:
            parts.append(rng.choice(closes).format(n=n))
    elif shape < 0.85:
        parts.append(rng.choice(intros).format(n=n, p=p))
        parts.append(sentence(rng.choice(core)))
        if rng.random() < 0.6:
            parts.append(rng.choice(gens))
        parts.append(sentence(rng.choice(req)))
    else:
        parts.append(rng.choice(opens))
        parts.append(rng.choice(intros).format(n=n, p=p))
        c = rng.sample(core, 2)
        parts.append(sentence(c[0]))
        parts.append(rng.choice(times))
        parts.append(sentence(c[1]))
        parts.append(rng.choice(gens))
        parts.append(sentence(rng.choice(req)))
        parts.append(rng.choice(reqs))
        parts.append(rng.choice(closes).format(n=n))
    return ' '.join(parts)

# --- Uzbek spelling ---------------------------------------------------------------------------------------------
def okina(s):
    s = re.sub(r"([oOgG])'", lambda m: m.group(1) + 'ʻ', s)
    return s.replace("'", 'ʼ')

PAIRS = [("sh", "ш"), ("ch", "ч"), ("yo", "ё"), ("yu", "ю"), ("ya", "я"), ("ye", "е"), ("oʻ", "ў"), ("gʻ", "ғ"), ("ts", "ц")]
SINGLE = dict(zip("abdfghijklmnopqrstuvxyzc", "абдфгҳижклмнопқрстувхйзс"))
SINGLE['ʼ'] = 'ъ'

def cyr_word(w):
    low = w.lower()
    out, i = [], 0
    while i < len(low):
        two = low[i:i + 2]
        hit = next((c for l, c in PAIRS if two == l), None)
        if hit and not (two[0] == 'y' and low[i + 2:i + 3] == 'ʻ'):
            out.append(hit); i += 2; continue
        ch = low[i]
        if ch == 'e':
            out.append('э' if i == 0 or low[i - 1] in 'aeiouʻʼ' else 'е')
        else:
            out.append(SINGLE.get(ch, ch))
        i += 1
    r = ''.join(out)
    if len(w) > 1 and w.isupper():
        return r.upper()
    return cap(r) if w[:1].isupper() else r

def to_cyrillic(s):
    return re.sub(r"[A-Za-zʻʼ]+", lambda m: cyr_word(m.group()) if not re.fullmatch(r"4G|Wi|Fi", m.group()) else m.group(), s)

# --- roughening -------------------------------------------------------------------------------------------------
def typo(word):
    if len(word) < 5 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    k = rng.random()
    if k < 0.35:
        return word[:i] + word[i + 1:]
    if k < 0.7:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + word[i] + word[i:]

def roughen(s, form):
    words = s.split(' ')
    if rng.random() < 0.35:
        for _ in range(rng.choice([1, 1, 2])):
            j = rng.randrange(len(words))
            words[j] = typo(words[j])
    s = ' '.join(words)
    if form == 'uz-Latn':
        for lat, cyr in [("svet", "свет"), ("gaz ", "газ "), ("pensiya", "пенсия"), ("kvartira", "квартира"), ("propiska", "прописка"), ("zarplata", "зарплата"), ("nalog", "налог")]:
            if lat in s and rng.random() < 0.25:
                s = s.replace(lat, cyr)
        style = rng.random()
        if style < 0.35:
            pass
        elif style < 0.62:
            s = s.replace('ʻ', "'").replace('ʼ', "'")
        elif style < 0.7:
            s = s.replace('ʻ', '‘').replace('ʼ', '’')
        elif style < 0.8:
            s = s.replace('ʻ', '`').replace('ʼ', '`')
        elif style < 0.9:
            s = s.replace('ʻ', '').replace('ʼ', '')
        else:
            s = s.replace('ʻ', '’').replace('ʼ', '’')
        if rng.random() < 0.1:
            s = re.sub(r'\bh', 'x', s)
    if form == 'uz-Cyrl' and rng.random() < 0.25:
        s = s.translate(str.maketrans('ўқғҳЎҚҒҲ', 'укгхУКГХ'))
    if form == 'ru' and rng.random() < 0.5:
        s = s.replace('ё', 'е')
    if rng.random() < 0.2:
        s = s.lower().replace('wi-fi', 'Wi-Fi').replace('4g', '4G').replace('4г', '4G')
    if rng.random() < 0.15:
        s = re.sub(r'[.,!?]', '', s)
    return re.sub(r'\s+', ' ', s).strip()

def main():
    root = os.path.join(os.path.dirname(__file__), '..', '..', 'src', 'main', 'resources', 'appeals', 'corpus')
    seen = set()
    for name in ('train.tsv', 'heldout.tsv'):
        for line in open(os.path.join(root, name), encoding='utf-8'):
            if line.startswith('# Composed'):
                break  # the composed lines themselves: they are what this script writes
            if not line.startswith('#') and line.count('\t') == 2:
                seen.add(line.rstrip('\n').split('\t')[2].strip().lower())
    lang = {'uz-Latn': 'uz', 'uz-Cyrl': 'uz', 'ru': 'ru', 'en': 'en'}
    for topic in sorted(BANK):
        for form in ('uz-Latn', 'uz-Cyrl', 'ru', 'en'):
            made = 0
            tries = 0
            while made < PER_FORM and tries < PER_FORM * 50:
                tries += 1
                text = compose(topic, lang[form])
                if lang[form] == 'uz':
                    text = okina(text)
                    if form == 'uz-Cyrl':
                        text = to_cyrillic(text)
                text = roughen(text, form)
                if text.lower() in seen or len(text) < 3:
                    continue
                seen.add(text.lower())
                print(f"{topic}\t{form}\t{text}")
                made += 1
            if made < PER_FORM:
                print(f"only {made} for {topic} {form}", file=sys.stderr)

main()
