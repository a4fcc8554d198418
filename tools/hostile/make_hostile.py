"""Generates a corpus of hostile and broken input files, plus a few good articles, to check
that every file gets a record (an article or a clear error), that the good files' records are
unchanged by the bad ones' presence, and that nothing hangs or blows up memory.

Usage: make_hostile.py OUT_DIR [--full]
  default: sizes that keep a test run short (a 20 MB file, 200,000 lines, 2,000 tiny files)
  --full:  the sizes of issue 8 (a 200 MB file, 1,000,000 lines, 5,000 tiny files)
Good articles come from tests/fixtures/seeds (copied into OUT_DIR/good/)."""
import io, os, shutil, struct, sys, zipfile, json, glob

def w(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))

def main():
    out = sys.argv[1]
    full = "--full" in sys.argv
    here = os.path.dirname(os.path.abspath(__file__))
    seeds = sorted(glob.glob(os.path.join(here, "../../tests/fixtures/seeds/*.txt")))
    if os.path.exists(out):
        shutil.rmtree(out)
    for s in seeds:
        w(os.path.join(out, "good", os.path.basename(s)), open(s, "rb").read())
    seed = open(seeds[0], encoding="utf-8").read()
    b = os.path.join(out, "bad")
    # empty and binary files, misleading extensions
    w(f"{b}/empty.txt", b"")
    w(f"{b}/blank.html", b"   \n\n\t ")
    w(f"{b}/image.png", b"\x89PNG\r\n\x1a\n" + os.urandom(4096))
    w(f"{b}/photo-named.html", b"\x89PNG\r\n\x1a\n" + os.urandom(2048))
    w(f"{b}/report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + os.urandom(4096))
    w(f"{b}/program.txt", b"\x7fELF\x02\x01\x01\0" + os.urandom(8192))
    w(f"{b}/random.json", os.urandom(10000))
    w(f"{b}/gzip.txt", b"\x1f\x8b\x08\0" + os.urandom(1000))
    # encodings
    w(f"{b}/truncated-utf8.txt", seed.encode("utf-8")[:-1] + b"\xc3")
    w(f"{b}/invalid-utf8.txt", seed.encode("utf-8").replace(b"\xc3\xa9", b"\xe9", 5))
    w(f"{b}/utf16le-nobom.txt", seed.encode("utf-16-le"))
    w(f"{b}/utf16be-bom.txt", b"\xfe\xff" + seed.encode("utf-16-be"))
    w(f"{b}/mixed.txt", seed[: len(seed) // 2].encode("utf-8") + seed[len(seed) // 2:].encode("cp1252", "replace"))
    w(f"{b}/cp1252-meta.html", ("<html><head><meta charset=windows-1252><title>Élection à Erevan</title></head><body><p>"
                                + seed.replace("\n", "</p><p>") + "</p></body></html>").encode("cp1252", "replace"))
    # size
    big_mb = 200 if full else 20
    para = (seed.replace("\n", " ") + "\n").encode("utf-8")
    w(f"{b}/huge-{big_mb}mb.txt", para * (big_mb * 1048576 // len(para) + 1))
    lines = 1_000_000 if full else 200_000
    w(f"{b}/many-lines.txt", "".join(f"ligne {i} Erevan\n" for i in range(lines)))
    w(f"{b}/one-long-line.txt", "Bakou " * (2_000_000 if full else 400_000))
    # HTML
    depth = 100_000
    w(f"{b}/deep.html", "<html><body>" + "<div>" * depth + "<p>" + seed[:500] + "</p>" + "</div>" * depth + "</body></html>")
    w(f"{b}/deep-unclosed.html", "<html><body>" + "<span><b><i>" * (depth // 3) + seed[:300])
    w(f"{b}/unclosed.html", "<html><body><p>" + "<p>Bakou <a href=x>lien".join(["" for _ in range(5000)]) + "<table><tr><td>" * 2000)
    w(f"{b}/giant-attribute.html", '<html><body><div class="' + "x" * 5_000_000 + '"><p>' + seed[:2000] + "</p></div></body></html>")
    w(f"{b}/giant-comment.html", "<html><body><!--" + "-" * 5_000_000 + "<p>" + seed[:2000] + "</p></body></html>")
    w(f"{b}/hostile.html", """<!doctype html><html><head><title>Piège</title>
<meta http-equiv="refresh" content="0;url=https://example.com/"><script>fetch('https://example.com/x')</script>
<link rel="stylesheet" href="https://example.com/s.css"></head><body onload="alert(1)">
<img src="https://example.com/pixel.gif" onerror="alert(2)"><iframe src="https://example.com/"></iframe>
<article><h1>Le titre piégé</h1><p>""" + seed[:1500].replace("\n", "</p><p>") + """</p>
<p><a href="javascript:alert(3)">Cliquez ici</a> <svg onload="alert(4)"></svg></p></article></body></html>""")
    # JSON / JSONL
    good_rec = json.dumps({"title": "Un article", "text": seed, "date": "2023-09-20"}, ensure_ascii=False)
    w(f"{b}/broken.jsonl", "\n".join([good_rec, "{not json", good_rec, '{"title": 1, "text": ["a", {"b": null}]}', "[]", good_rec]) + "\n")
    w(f"{b}/deep.json", "[" * 100_000 + "]" * 100_000)
    w(f"{b}/truncated.json", good_rec[: len(good_rec) // 2])
    # zips
    def zbytes(entries, method=zipfile.ZIP_DEFLATED):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", method) as z:
            for name, data in entries:
                z.writestr(name, data)
        return buf.getvalue()
    inner = zbytes([("a.txt", seed), ("b.html", "<html><body><p>" + seed[:800] + "</p></body></html>")])
    w(f"{b}/nested.zip", zbytes([("inner.zip", inner), ("c.txt", seed), ("../../escape.txt", seed), ("/abs/path.txt", seed)]))
    nest = inner
    for _ in range(20):
        nest = zbytes([("deeper.zip", nest)])
    w(f"{b}/nested-20.zip", nest)
    w(f"{b}/bomb.zip", zbytes([(f"zeros{i}.txt", b"\0" * (100 * 1048576)) for i in range(3 if full else 1)]))
    w(f"{b}/truncated.zip", inner[: len(inner) // 2])
    # regex / tagger adversaries
    w(f"{b}/capitals.txt", ("ABCDEFGH IJKLMNOP " * 50_000 + "\n") * 2)
    w(f"{b}/quotes.txt", "« " * 100_000 + "\n" + '"' * 100_000 + "\n" + "« a " * 50_000)
    w(f"{b}/digits.txt", "1 " * 200_000 + "\n" + "1" * 500_000 + "\n" + "12 000 " * 50_000 + "morts\n")
    w(f"{b}/punctuation.txt", ".,;:!?()[]{}«»—–-'’" * 50_000)
    w(f"{b}/names.txt", ("Jean-Jean-Jean-" * 20_000) + "\n" + ("M. " * 100_000))
    # file names
    for name in ["espace et accents é à ü.txt", "guillemets « » ’.txt", "emoji 📰.txt", "-leading-dash.txt", "semi;colon&amp.txt"]:
        w(f"{b}/names/{name}", seed)
    # thousands of tiny files
    tiny = 5000 if full else 2000
    for i in range(tiny):
        w(f"{out}/tiny/{i // 500:02d}/t{i:05d}.txt", f"Erevan {i}\n")
    n = sum(len(fs) for _, _, fs in os.walk(out))
    print(json.dumps({"files": n, "out": out}))

if __name__ == "__main__":
    main()
