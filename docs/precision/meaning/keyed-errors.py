#!/usr/bin/env python3
"""Keyed meaning errors in real translations, and what `partial-omission` and `like-as-verb`
find of them.

Usage: docs/precision/meaning/keyed-errors.py BITEXT   (run from the repository root)

1. Names: pairs whose English names one country or region that their Chinese renders once
   (the transcript aligned by bitext; mac-dev's gold pairs, English against the Chinese
   original) get that rendering replaced by another country (every other one) or deleted.
2. Open lists: Istio and transcript pairs with one "and other", "etc.", "and so on"… whose
   Chinese says it once (等, 其他, 之类) lose that word.
3. Approximations: pairs with one "almost" or "nearly" whose Chinese says it once (几乎,
   将近, 差不多…) lose that word.
4. "like" as a verb: Istio, nodejs.org and tldr pairs (zh-CN and zh-TW), mac-dev's, and the
   string files' (PO, XLIFF; read after the rules were set) with one "like" that the Chinese
   renders once as a comparison (像, 比如, 例如…) get 喜欢 instead.
5. Wrong senses (`wrong-sense`): documentation pairs (technology and idioms packs, the domain
   as the text shows it) and string-file pairs (software and technology packs, named by
   configuration: a TSV is not a string file; the human-translated files only) whose source
   says a pack word where its entry applies and whose Chinese has exactly one of the entry's
   renderings (in Chinese characters), once, get that rendering replaced by the other sense's
   first (流量 → 交通 for "traffic"). At most five pairs a word; each batch keys one pair of a
   word, and a pair counts as found when a finding names its line.
Prints, per set, how many keyed pairs the check reports and how many other findings of the
same kind it makes on the whole set (mac-dev: on the gold pairs, unmutated).
"""
import csv, json, os, random, re, subprocess, sys, tempfile

bitext = os.path.abspath(sys.argv[1])
root = os.getcwd()
shared = os.path.join(root, "..", "shared", "corpus")
work = tempfile.mkdtemp()

def run(*args, cwd=None):
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True).stdout

def aligned_pairs(source, target):
    rows = []
    for line in run(bitext, "align", source, target, "--format", "tsv").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[-2] and parts[-1]:
            rows.append((parts[-2], parts[-1]))
    return rows

def mac_dev_pairs():
    rows = []
    for name in sorted(os.listdir(os.path.join(shared, "mac-dev", "gold"))):
        number = name.split(".")[0]
        zh = open(os.path.join(shared, "mac-dev", "zh", number + ".txt"), encoding="utf-8").read().splitlines()
        en = open(os.path.join(shared, "mac-dev", "en", number + ".txt"), encoding="utf-8").read().splitlines()
        for bead in open(os.path.join(shared, "mac-dev", "gold", name)):
            chinese, english = (json.loads(side) for side in bead.strip().split(":"))
            if chinese and english:
                rows.append((" ".join(en[i] for i in english), "".join(zh[i] for i in chinese)))
    return rows

def findings(rows, kind, check="partial-omission", config=None):
    path = os.path.join(work, "pairs.tsv")
    with open(path, "w", encoding="utf-8") as out:
        out.writelines(f"{en}\t{zh}\n" for en, zh in rows)
    options = ["--config", config] if config else []
    report = json.loads(run(bitext, "check", path, "--format", "json", "--fail-on", "never", *options))
    return {f["source"]["text"] for f in report["findings"] if f["check"] == check and kind in f["message"]}

COUNTRIES = [("United States", "美国"), ("America", "美国"), ("American", "美国"), ("US", "美国"), ("China", "中国"),
    ("Chinese", "中国"), ("Japan", "日本"), ("Japanese", "日本"), ("Taiwan", "台湾"), ("Korea", "韩国"), ("India", "印度"),
    ("Russia", "俄罗斯"), ("Europe", "欧洲"), ("European", "欧洲"), ("Germany", "德国"), ("France", "法国"), ("Britain", "英国"),
    ("Texas", "德克萨斯"), ("Beijing", "北京"), ("Shanghai", "上海"), ("California", "加州"), ("Singapore", "新加坡")]
OTHERS = ["日本", "法国", "巴西", "印度", "德国", "英国", "美国", "中国", "韩国"]

def key_names(rows, count=60):
    candidates = []
    for index, (en, zh) in enumerate(rows):
        named = [(n, f) for n, f in COUNTRIES if re.search(r"\b" + n + r"\b", en)]
        rendered = {f for _, f in COUNTRIES if f in zh}
        if len(named) == 1 and rendered == {named[0][1]} and zh.count(named[0][1]) == 1:
            candidates.append((index, named[0][1]))
    generator = random.Random(20)
    generator.shuffle(candidates)
    mutated, keyed = list(rows), set()
    for number, (index, form) in enumerate(candidates[:count]):
        replacement = generator.choice([o for o in OTHERS if o != form]) if number % 2 == 0 else ""
        mutated[index] = (rows[index][0], rows[index][1].replace(form, replacement))
        keyed.add(index)
    return mutated, keyed

def delete_words(rows, candidates, count):
    """Deletes the word of `count` candidates (pair index, word) drawn with seed 20."""
    generator = random.Random(20)
    generator.shuffle(candidates)
    mutated, keyed = list(rows), set()
    for index, word in candidates[:count]:
        mutated[index] = (rows[index][0], rows[index][1].replace(word, "", 1))
        keyed.add(index)
    return mutated, keyed

LIST = re.compile(r"\b(and|or) others?\b|\betc\b|\band so (on|forth)\b|\bamong others\b|\band the like\b", re.I)

def key_open_lists(rows, count=40):
    candidates = []
    for index, (en, zh) in enumerate(rows):
        if len(LIST.findall(en)) != 1:
            continue
        marks = [m for m in ["等等", "等", "其他", "其它", "之类"] if m in zh]
        if marks and sum(zh.count(m) for m in ["等", "其他", "其它", "之类"]) == 1 \
                and not re.search("[另余餘别別诸諸类類些]|更多|各种|多种", zh.replace("之类", "")):
            candidates.append((index, marks[0]))
    return delete_words(rows, candidates, count)

APPROXIMATION = re.compile(r"\b(almost|nearly)\b", re.I)
APPROXIMATING = "几幾近约約快余餘险險差"

def key_approximations(rows, count=40):
    """"almost all", "nearly double": the 几乎 / 将近 / 差不多 of a pair saying it once is deleted."""
    candidates = []
    for index, (en, zh) in enumerate(rows):
        if len(APPROXIMATION.findall(en)) != 1:
            continue
        words = [w for w in ["几乎", "幾乎", "将近", "將近", "接近", "差不多", "近乎", "大约", "大約"] if w in zh]
        if len(words) == 1 and zh.count(words[0]) == 1:
            rest = zh.replace(words[0], "")
            if not any(c in rest for c in APPROXIMATING) and not re.search("基本|大概|大部分|大多|大都|绝大|絕大|多数|多數|左右|上下", rest):
                candidates.append((index, words[0]))
    return delete_words(rows, candidates, count)

LIKE = re.compile(r"\blike\b", re.I)
COMPARING = ["好像", "就像", "像是", "比如", "例如", "诸如", "諸如", "类似", "類似", "如同", "像"]

def key_likes(rows):
    """A pair with one "like" that its Chinese renders once as a comparison (像, 比如, 例如,
    类似…) and without 喜欢 gets that rendering replaced by 喜欢 (喜歡 in Traditional text):
    the error machine translation makes of a comparing or filler "like". Every such pair is
    keyed; which "like" the check takes for a verb is its own affair."""
    mutated, keyed = list(rows), set()
    for index, (en, zh) in enumerate(rows):
        words = [w for w in COMPARING if w in zh]
        if len(LIKE.findall(en)) != 1 or not words or re.search("喜[欢歡爱愛]", zh):
            continue
        if zh.count("像") + sum(zh.count(w) for w in COMPARING if "像" not in w) != 1:
            continue
        fondness = "喜歡" if re.search("[這個們說會來時為與對後將還]", zh) else "喜欢"
        mutated[index] = (en, zh.replace(words[0], fondness, 1))
        keyed.add(index)
    return mutated, keyed

def words(text):
    return re.findall(r"[a-z0-9]+(?:'[a-z0-9]+)*", text.lower().replace("’", "'"))

def sense_entries(domains):
    """The bundled packs' rows (`SensePackData.swift`) of `domains`."""
    code = open(os.path.join(root, "Sources/Bitext/Checks/Senses/SensePackData.swift"), encoding="utf-8").read()
    entries = []
    for domain, block in re.findall(r'static let (\w+) = """\n(.*?)"""', code, re.S):
        if domain not in domains:
            continue
        for row in list(csv.reader(line.strip() for line in block.strip().splitlines()))[1:]:
            forms, renderings, others, _, context = row
            conditions = context.split()
            entries.append({
                "forms": [words(form) for form in forms.split("|")], "renderings": renderings.split("|"),
                "other": others.split("|")[0],
                "near": {w for c in conditions if c.startswith("near:") for w in c[5:].split("|")},
                "unless": {w for c in conditions if c.startswith("unless:") for w in c[7:].split("|")},
                "label": "label" in conditions, "alone": "alone" in conditions})
    return entries

def applies(entry, tokens):
    if not any(tokens[i:i + len(f)] == f for f in entry["forms"] for i in range(len(tokens))):
        return False
    if entry["unless"] & set(tokens):
        return False
    required = entry["label"] or entry["alone"] or entry["near"]
    met = (entry["label"] and len(tokens) <= 4) or (entry["alone"] and tokens in entry["forms"]) or bool(entry["near"] & set(tokens))
    return met or not required

def key_senses(rows, domains, per_word=5):
    """Candidates (pair index, keyed target, word), at most `per_word` a word, in batches that
    key each word once."""
    entries = sense_entries(domains)
    generator = random.Random(20)
    by_word = {}
    for index, (en, zh) in enumerate(rows):
        tokens = words(en)
        simplified = zh.lower()
        for entry in entries:
            if not applies(entry, tokens):
                continue
            present = [r for r in entry["renderings"] if r.lower() in simplified]
            # Renderings kept in Latin letters (bucket, Shell) are code or names as often as not.
            if len(present) != 1 or simplified.count(present[0].lower()) != 1 or re.search("[a-z]", present[0].lower()):
                continue
            start = simplified.index(present[0].lower())
            keyed = zh[:start] + entry["other"] + zh[start + len(present[0]):]
            by_word.setdefault(entry["forms"][0][0], []).append((index, keyed))
            break
    batches = []
    for word, found in sorted(by_word.items()):
        generator.shuffle(found)
        for number, candidate in enumerate(found[:per_word]):
            while len(batches) <= number:
                batches.append({})
            batches[number][candidate[0]] = candidate[1]
    return batches

def flagged_lines(rows, config=None):
    """The lines (pairs, from 1) `wrong-sense` reports: a word's finding names its first pair
    and lists the others ("2 pairs, lines 12, 40")."""
    path = os.path.join(work, "pairs.tsv")
    with open(path, "w", encoding="utf-8") as out:
        out.writelines(f"{en}\t{zh}\n" for en, zh in rows)
    options = ["--config", config] if config else []
    report = json.loads(run(bitext, "check", path, "--format", "json", "--fail-on", "never", *options))
    lines = set()
    for finding in report["findings"]:
        if finding["check"] == "wrong-sense":
            lines.add(finding["target"]["line"])
            listed = re.search(r"pairs, lines ([\d, ]+)", finding["message"])
            lines |= {int(n) for n in re.findall(r"\d+", listed.group(1))} if listed else set()
    return lines

def report_senses(label, rows, domains, config=None):
    batches = key_senses(rows, domains)
    found = keyed = 0
    missed = []
    for batch in batches:
        mutated = [(en, batch.get(index, zh)) for index, (en, zh) in enumerate(rows)]
        flagged = flagged_lines(mutated, config)
        found += sum(1 for index in batch if index + 1 in flagged)
        keyed += len(batch)
        missed += [f"{rows[index][0][:70]} ⇒ {batch[index][:40]}" for index in batch if index + 1 not in flagged]
    others = len(flagged_lines(rows, config))
    print(f"{label}: {found} of {keyed} keyed found in {len(batches)} batches; {others} pairs reported of the {len(rows)} untouched")
    for line in missed:
        print("   missed:", line)

def report(label, rows, keyed, kind, check="partial-omission"):
    flagged = findings(rows, kind, check)
    found = sum(1 for i in keyed if rows[i][0] in flagged)
    others = len(flagged - {rows[i][0] for i in keyed})
    print(f"{label}: {found} of {len(keyed)} keyed found; {others} other findings of the kind on {len(rows) - len(keyed)} pairs")

transcript = aligned_pairs("Examples/lex-459/en.md", "Examples/lex-459/zh.md")
istio = []
istio_root = os.path.join(shared, "docs-istio")
for folder, _, files in sorted(os.walk(os.path.join(istio_root, "en"))):
    for file in sorted(files):
        english = os.path.join(folder, file)
        chinese = english.replace(os.path.join(istio_root, "en"), os.path.join(istio_root, "zh"), 1)
        if file.endswith(".md") and os.path.exists(chinese):
            istio += aligned_pairs(english, chinese)
mac_dev = mac_dev_pairs()
strings = []
human_strings = []
for folder in ["strings", "hant/strings", "hant/python-docs-zh-tw"]:
    for directory, _, files in sorted(os.walk(os.path.join(shared, folder))):
        for file in sorted(files):
            if file.endswith((".po", ".xlf", ".xliff")):
                converted = os.path.join(work, "converted.tsv")
                subprocess.run([bitext, "convert", os.path.join(directory, file), converted], capture_output=True)
                if os.path.exists(converted):
                    rows = [tuple(line.split("\t")[:2]) for line in open(converted, encoding="utf-8").read().splitlines()
                            if line.count("\t") >= 1 and line.split("\t")[1]]
                    strings += rows
                    # Sliver and rclone are machine-translated: their own sense errors are not keyed.
                    if not file.startswith(("sliver", "rclone")):
                        human_strings += rows
                    os.remove(converted)
documentation = list(istio)
for site, target in [("nodejs", "zh-tw"), ("tldr", "zh_TW")]:
    site_root = os.path.join(shared, "hant", site)
    for folder, _, files in sorted(os.walk(os.path.join(site_root, "en"))):
        for file in sorted(files):
            english = os.path.join(folder, file)
            chinese = english.replace(os.path.join(site_root, "en"), os.path.join(site_root, target), 1)
            if file.endswith(".md") and os.path.exists(chinese):
                documentation += aligned_pairs(english, chinese)
report("names, transcript", *key_names(transcript), "neither kept nor rendered")
report("names, mac-dev", *key_names(mac_dev), "neither kept nor rendered")
report("names, mac-dev unmutated", mac_dev, set(), "neither kept nor rendered")
report("open lists, Istio + transcript", *key_open_lists(istio + transcript), "look complete")
report("open lists, mac-dev unmutated", mac_dev, set(), "look complete")
report("approximations, Istio + transcript", *key_approximations(istio + transcript), "states more than")
report("like as a verb, Istio + nodejs + tldr", *key_likes(documentation), "not the verb", "like-as-verb")
report("like as a verb, mac-dev", *key_likes(mac_dev), "not the verb", "like-as-verb")
report("like as a verb, string files", *key_likes(strings), "not the verb", "like-as-verb")
report("like as a verb, transcript unmutated", transcript, set(), "not the verb", "like-as-verb")
software = os.path.join(work, "software.yml")
with open(software, "w") as out:
    out.write("checks:\n  wrong-sense:\n    domains: [software, technology]\n")
report_senses("wrong senses, Istio + nodejs + tldr", documentation, {"technology", "idioms"})
report_senses("wrong senses, human string files", human_strings, {"software", "technology"}, software)
