// Fonts: makes sure that no layout during a run has to ask the browser for a font.
//
// When no font the page names has a letter, Chromium asks the browser process which installed
// font has it: a synchronous request from within a layout. The first lookup of a font is such
// a request too. Made while the browser is busy handing over tens of thousands of picked
// files, one list row took 100-226 ms of the main thread. So, while the page starts and the
// browser is idle:
// - each script of the news (Cyrillic, Arabic, Devanagari, Han, ...) is checked for a font,
//   by drawing two of its letters: no font draws both as the same blank or box;
// - for the scripts no installed font has, the page registers Revue Tofu (js/tofu-font.js),
//   a box for every letter, last in every font stack of revue.css: those letters show as the
//   boxes they would be anyway, and nothing is asked again for each new one;
// - hidden sample letters of every script are laid out in the list's font, plain and italic,
//   so that the fonts they need are looked up now rather than in a render during a run.
// A computer with fonts for all these scripts registers nothing and draws every letter in
// its own fonts.
/* global RevueTofuFont */
/* exported RevueFonts */
const RevueFonts = (() => {
  'use strict';
  /** Scripts of the news: [name, two letters no real font draws alike, their Unicode ranges].
   * tools/make_tofu_font.py reads the ranges: the tofu maps these characters and no others. */
  const SCRIPTS = [
    ['Greek', 'ΩΣ', 'U+0370-03FF,U+1F00-1FFF'],
    ['Cyrillic', 'ЖЯ', 'U+0400-052F,U+1C80-1C8F,U+2DE0-2DFF,U+A640-A69F'],
    ['Armenian', 'ԱՔ', 'U+0530-058F,U+FB13-FB17'],
    ['Hebrew', 'אש', 'U+0590-05FF,U+FB1D-FB4F'],
    ['Arabic', 'عب', 'U+0600-06FF,U+0750-077F,U+08A0-08FF,U+FB50-FDFF,U+FE70-FEFF'],
    ['Devanagari', 'कह', 'U+0900-097F,U+A8E0-A8FF'],
    ['Bengali', 'কহ', 'U+0980-09FF'],
    ['Gurmukhi', 'ਕਹ', 'U+0A00-0A7F'],
    ['Gujarati', 'કહ', 'U+0A80-0AFF'],
    ['Tamil', 'கழ', 'U+0B80-0BFF'],
    ['Telugu', 'కహ', 'U+0C00-0C7F'],
    ['Kannada', 'ಕಹ', 'U+0C80-0CFF'],
    ['Malayalam', 'കഹ', 'U+0D00-0D7F'],
    ['Sinhala', 'කහ', 'U+0D80-0DFF'],
    ['Thai', 'กข', 'U+0E00-0E7F'],
    ['Lao', 'ກຂ', 'U+0E80-0EFF'],
    ['Myanmar', 'ကခ', 'U+1000-109F'],
    ['Georgian', 'აბ', 'U+10A0-10FF,U+1C90-1CBF,U+2D00-2D2F'],
    ['Ethiopic', 'ሀለ', 'U+1200-139F'],
    ['Khmer', 'កខ', 'U+1780-17FF'],
    ['Han', '日本', 'U+2E80-2FDF,U+3000-303F,U+3190-319F,U+31C0-31EF,U+3200-33FF,U+3400-4DBF,U+4E00-9FFF,U+F900-FAFF,U+FE30-FE4F,U+FF00-FF64,U+FFE0-FFEF'],
    ['Kana', 'あア', 'U+3040-30FF,U+31F0-31FF,U+FF65-FF9F'],
    ['Hangul', '한글', 'U+1100-11FF,U+3130-318F,U+A960-A97F,U+AC00-D7FF,U+FFA0-FFDC'],
  ];
  /** Laid out hidden at start-up: the fonts of the list's common letters, plain and italic. */
  const SAMPLES = ['Aa 0123456789 ·…–—‘’“”«»€', 'Жж Ωω', 'عربي', 'עברית', 'हिन्दी', 'ไทย', '中文', '日本語', 'ひらがな カタカナ', '한국어', '、。「」 ＡＢ１２'];
  const SIZE = 24;   // px, the canvas side and the letters' size

  /** The scripts found without a font, once `prepare` is done (read by the e2e test). */
  let missing = null;

  /** Whether no font draws this script: its two letters come out pixel for pixel alike. A
   * browser that blurs canvas reads (against fingerprinting) makes them differ: then the
   * page does as before, with no tofu. */
  function lacksFont(ctx, letters) {
    const drawn = (letter) => {
      ctx.clearRect(0, 0, SIZE, SIZE);
      ctx.fillText(letter, 0, SIZE - 4);
      return ctx.getImageData(0, 0, SIZE, SIZE).data;
    };
    const [a, b] = [...letters].map(drawn);
    for (let i = 3; i < a.length; i += 4) if (a[i] !== b[i]) return false;
    return true;
  }

  /** Registers the tofu for the ranges of `names`; resolves once it is ready to draw. */
  function registerTofu(names) {
    const ranges = SCRIPTS.filter(([name]) => names.includes(name)).map(([, , r]) => r).join(',');
    const bytes = Uint8Array.from(atob(RevueTofuFont), (c) => c.charCodeAt(0));
    const face = new FontFace('Revue Tofu', bytes, { unicodeRange: ranges });
    document.fonts.add(face);
    return face.load();
  }

  /** One step a task (a lookup while idle takes 0.5-5 ms; all at once took 55-150 ms). */
  const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

  /** Checks the scripts, registers the tofu for the missing ones, then lays out the samples.
   * Resolves with the names of the scripts without a font. */
  async function prepare() {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = SIZE;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    const lacking = [];
    if (ctx) {
      ctx.font = `${SIZE - 6}px ${getComputedStyle(document.body).fontFamily}`;
      for (const [name, letters] of SCRIPTS) {
        if (lacksFont(ctx, letters)) lacking.push(name);
        await nextTask();
      }
    }
    if (lacking.length) await registerTofu(lacking).catch(() => {});
    missing = lacking;
    const box = document.createElement('div');
    box.className = 'font-warm';
    box.setAttribute('aria-hidden', 'true');
    document.body.append(box);
    for (const sample of SAMPLES) {
      const it = document.createElement('i');
      it.textContent = sample;
      box.append(sample, ' ', it, ' ');
      void box.offsetWidth;   // laid out, its fonts looked up, in this task
      await nextTask();
    }
    return lacking;
  }

  return {
    prepare,
    /** Each script's name and its two test letters (read by the e2e test). */
    scripts: SCRIPTS.map(([name, letters]) => ({ name, letters })),
    get missing() { return missing; },
  };
})();
