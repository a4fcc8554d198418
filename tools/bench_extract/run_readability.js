// Runs Mozilla Readability (with jsdom) over files and prints JSONL records
// (file, title, published, author, body). Usage: node run_readability.js FILE...
const fs = require("fs");
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const vc = new VirtualConsole();
for (const f of process.argv.slice(2)) {
  const rec = { file: f, body: [], title: null, published: null, author: null };
  try {
    const html = fs.readFileSync(f, "utf8");
    const dom = new JSDOM(html, { url: "http://localhost/", virtualConsole: vc });
    const art = new Readability(dom.window.document).parse();
    if (art) {
      rec.body = (art.textContent || "").split("\n").map((s) => s.trim()).filter((s) => s);
      rec.title = art.title || null;
      rec.published = art.publishedTime || null;
      rec.author = art.byline || null;
    }
    dom.window.close();
  } catch (e) {
    rec.errors = [String(e)];
  }
  process.stdout.write(JSON.stringify(rec) + "\n");
}
