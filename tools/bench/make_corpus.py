"""Builds a realistic benchmark corpus of news files from the public data in ../shared/data.

Usage: make_corpus.py N_ARTICLES OUT_DIR [--shared PATH] [--seed S]

The mix is what people drop: plain-text scrapes with site chrome (menus, teasers, ads,
comment forms) around real article texts (WiNER-fr French news, the seed scrapes, fundus
gold bodies), simple saved pages built around those texts, real saved pages (fundus,
readability), JSONL dumps of many articles, single JSON articles and zip archives of scrapes.
Every file is varied (a different menu, teasers and a unique dateline/id), so no two files
are identical. About 5 kB per article on average: 10,000 articles make about 50 MB."""
import argparse, io, json, os, random, zipfile, glob, html

MENUS = [
    ["Accueil", "International", "Politique", "Économie", "Culture", "Sport", "Opinions"],
    ["Home", "World", "Europe", "Business", "Science", "Video", "Newsletters"],
    ["À la une", "Monde", "France", "Société", "Planète", "Idées", "Podcasts", "S'abonner"],
]
CHROME_TOP = ["No menu items!", "Se connecter", "Rechercher", "Menu", "Log in", "Subscribe"]
CHROME_BOTTOM = [
    "- Advertisement -", "Laisser un commentaire", "Nom", "Email", "Site web",
    "Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.",
    "© {year} Tous droits réservés.", "Politique de confidentialité", "Mentions légales",
    "Abonnez-vous à notre newsletter", "Partager", "Facebook", "Twitter", "WhatsApp",
]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def load_texts(shared):
    """(title, [paragraphs]) of real articles."""
    out = []
    for p in sorted(glob.glob(os.path.join(shared, "data/ner/winer-fr/*/*.txt"))):
        lines = [l.strip() for l in open(p, encoding="utf-8").read().split("\n") if l.strip()]
        if len(lines) >= 3:
            out.append((lines[0], lines[1:]))
    for p in sorted(glob.glob(os.path.join(shared, "data/extract/fundus/*.gold.json"))):
        g = json.load(open(p, encoding="utf-8"))
        body = g.get("body")
        if isinstance(body, str):
            body = [b for b in body.split("\n") if b.strip()]
        if g.get("title") and body:
            out.append((g["title"], body))
    return out


def teaser(rng, texts):
    t, body = rng.choice(texts)
    return [t, body[0][:110].rsplit(" ", 1)[0] + "..."]


def scrape(rng, texts, i):
    title, body = rng.choice(texts)
    d = rng.randrange(1, 28)
    lines = [f"{rng.randrange(-5, 30)}.{rng.randrange(10)} C", rng.choice(["Bruxelles", "Paris", "Genève", "Lyon"]),
             f"{rng.choice(DAYS)}, {rng.choice(MONTHS)} {d}, 202{rng.randrange(5)}"]
    lines += rng.sample(CHROME_TOP, 2) + rng.sample(rng.choice(MENUS), 4)
    lines += ["", title, "", "À lire", ""]
    for _ in range(rng.randrange(1, 4)):
        lines += teaser(rng, texts) + [""]
    lines += [p for p in body] + [f"(Dépêche n° {i})", ""]
    lines += ["Dernières nouvelles", ""]
    for _ in range(rng.randrange(2, 5)):
        lines += teaser(rng, texts) + [""]
    lines += [c.format(year=2020 + rng.randrange(5)) for c in rng.sample(CHROME_BOTTOM, 6)]
    return "\n".join(lines) + "\n"


def page(rng, texts, i):
    title, body = rng.choice(texts)
    e = html.escape
    nav = "".join(f'<li><a href="/{e(m.lower())}">{e(m)}</a></li>' for m in rng.choice(MENUS))
    teasers = "".join(f'<li><a href="/a/{rng.randrange(10**6)}">{e(teaser(rng, texts)[0])}</a></li>' for _ in range(5))
    date = f"202{rng.randrange(5)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": date})
    paras = "".join(f"<p>{e(p)}</p>" for p in body)
    return (f'<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{e(title)} – Monde – Le Quotidien</title>'
            f'<script type="application/ld+json">{ld}</script></head><body><header><nav><ul>{nav}</ul></nav></header>'
            f'<main><article><h1>{e(title)}</h1><p class="byline">Par Rédaction {i}</p><time datetime="{date}">{date}</time>{paras}</article>'
            f'<aside><h2>À lire aussi</h2><ul>{teasers}</ul></aside></main><footer>© Le Quotidien {i}</footer></body></html>')


def dump_record(rng, texts, i):
    title, body = rng.choice(texts)
    return {"title": title, "text": "\n".join(body), "url": f"https://example.org/article/{i}",
            "date": f"202{rng.randrange(5)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}", "author": f"Agence {i % 7}"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "../../../shared"))
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    texts = load_texts(a.shared)
    real_pages = sorted(p for p in glob.glob(os.path.join(a.shared, "data/extract/*/*.html"))
                        if not p.endswith(".gold.html") and os.path.getsize(p) < 400_000)
    os.makedirs(a.out, exist_ok=True)
    made = 0
    i = 0
    while made < a.n:
        i += 1
        kind = rng.random()
        sub = os.path.join(a.out, f"{i % 100:02d}")
        os.makedirs(sub, exist_ok=True)
        if kind < 0.70:
            open(os.path.join(sub, f"scrape-{i}.txt"), "w", encoding="utf-8").write(scrape(rng, texts, i)); made += 1
        elif kind < 0.88:
            open(os.path.join(sub, f"page-{i}.html"), "w", encoding="utf-8").write(page(rng, texts, i)); made += 1
        elif kind < 0.905 and real_pages:
            src = open(rng.choice(real_pages), "rb").read()
            open(os.path.join(sub, f"saved-{i}.html"), "wb").write(src + f"\n<!-- copy {i} -->\n".encode()); made += 1
        elif kind < 0.925:
            k = min(20, a.n - made)
            with open(os.path.join(sub, f"dump-{i}.jsonl"), "w", encoding="utf-8") as f:
                for j in range(k):
                    f.write(json.dumps(dump_record(rng, texts, i * 100 + j), ensure_ascii=False) + "\n")
            made += k
        elif kind < 0.99:
            json.dump(dump_record(rng, texts, i), open(os.path.join(sub, f"article-{i}.json"), "w", encoding="utf-8"), ensure_ascii=False); made += 1
        else:
            k = min(10, a.n - made)
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
                for j in range(k):
                    z.writestr(f"scrapes/s-{i}-{j}.txt", scrape(rng, texts, i * 100 + j))
            open(os.path.join(sub, f"archive-{i}.zip"), "wb").write(buf.getvalue()); made += k
    total = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(a.out) for f in fs)
    print(json.dumps({"articles": made, "files": sum(len(fs) for _, _, fs in os.walk(a.out)), "bytes": total}))


if __name__ == "__main__":
    main()
