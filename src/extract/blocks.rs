//! Cuts a page into text blocks and finds the article among them.
//!
//! Two passes over the arena DOM, both loops over node links:
//! 1. [`collect`] walks the page once and emits one [`Block`] per run of inline text between
//!    block-level tags (a `<p>`, a `<li>`, the text directly inside a `<div>`...), with its
//!    owner element, how much of it is link text, and whether it sits under markup that
//!    signals boilerplate (nav, aside, footer, form, class/id hints like share/related/promo).
//! 2. [`select`] scores candidate containers as Readability does (each paragraph gives its
//!    parent and, decreasingly, its ancestors points for length and commas; class/id hints add
//!    or remove; link density scales down), takes the best one, merges qualifying siblings,
//!    and returns the blocks inside, each marked kept or removed with a reason.

use super::dom::{Dom, Kind, NodeId, NONE, ROOT};
use foldhash::HashSet;

/// Inline text between block boundaries, already whitespace-normalised.
#[derive(Debug, Clone)]
pub struct Block {
    pub text: String,
    /// The nearest block-level element around the text.
    pub owner: NodeId,
    /// Characters of the text that sit inside links.
    pub link_chars: usize,
    pub chars: usize,
    /// Length measured in Latin-text characters: an ideograph, a kana or a Hangul syllable
    /// says as much as a short word, so CJK paragraphs weigh what their translation would.
    pub weight: usize,
    /// Why the markup around the block says it is not article text, if it does.
    pub boiler: Option<&'static str>,
    /// The element whose markup gave `boiler`.
    pub boiler_src: NodeId,
    /// Every element around the block whose markup says boilerplate (innermost last, at most
    /// 4), with its reason.
    pub boilers: Vec<(NodeId, &'static str)>,
    /// Heading level 1-6, 0 for other blocks.
    pub heading: u8,
    /// Inside a list item, blockquote, pre, figcaption, table cell...
    pub kind: BlockKind,
    /// Pre-order rank of the owner (document order).
    pub rank: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Para,
    Heading,
    Item,
    Quote,
    Pre,
    Caption,
    Cell,
    Other,
}

impl Block {
    pub fn link_density(&self) -> f32 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f32 / self.chars as f32
        }
    }
}

/// Layout of the page as the walk saw it: pre-order rank and subtree end per node, so that
/// "is A inside B" is two comparisons, and the parent links for climbing.
pub struct Layout {
    pub pre: Vec<u32>,
    pub end: Vec<u32>,
}

impl Layout {
    pub fn contains(&self, outer: NodeId, inner: NodeId) -> bool {
        let (o, i) = (outer as usize, inner as usize);
        o < self.pre.len() && i < self.pre.len() && self.pre[o] <= self.pre[i] && self.pre[i] < self.end[o]
    }
}

fn is_block_tag(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "div" | "section" | "article" | "main" | "header" | "footer" | "nav" | "aside" | "h1" | "h2" | "h3"
            | "h4" | "h5" | "h6" | "li" | "ul" | "ol" | "dl" | "dt" | "dd" | "blockquote" | "pre" | "table" | "tr"
            | "td" | "th" | "tbody" | "thead" | "tfoot" | "figure" | "figcaption" | "form" | "address" | "hr"
            | "center" | "details" | "summary" | "fieldset" | "caption" | "body" | "html" | "menu" | "dialog"
            | "hgroup" | "picture" | "legend" | "label" | "option"
    )
}

/// Class/id words that mark chrome rather than article text (matched on whole tokens).
const BOILER_TOKENS: &[(&str, &str)] = &[
    ("ad", "advertisement"),
    ("ads", "advertisement"),
    ("advert", "advertisement"),
    ("advertisement", "advertisement"),
    ("adsbygoogle", "advertisement"),
    ("dfp", "advertisement"),
    ("pub", "advertisement"),
    ("publicite", "advertisement"),
    ("sponsor", "advertisement"),
    ("sponsored", "advertisement"),
    ("promo", "promotion"),
    ("teaser", "teaser"),
    ("teasers", "teaser"),
    ("nav", "navigation"),
    ("navbar", "navigation"),
    ("navigation", "navigation"),
    ("menu", "navigation"),
    ("breadcrumb", "navigation"),
    ("breadcrumbs", "navigation"),
    ("pagination", "navigation"),
    ("pager", "navigation"),
    // Links to the previous (and next) story of the site under the article ("prev-next",
    // "article_details_prev"); "next" alone names Next.js's page root (`div#__next`).
    ("prev", "navigation"),
    ("previous", "navigation"),
    ("sidebar", "sidebar"),
    ("aside", "sidebar"),
    ("widget", "sidebar"),
    ("footer", "footer"),
    ("share", "share buttons"),
    ("sharing", "share buttons"),
    ("social", "share buttons"),
    ("sharebar", "share buttons"),
    ("comment", "comments"),
    ("comments", "comments"),
    ("disqus", "comments"),
    ("related", "related articles"),
    ("recommended", "related articles"),
    ("recommendations", "related articles"),
    ("outbrain", "related articles"),
    ("taboola", "related articles"),
    ("trending", "related articles"),
    ("popular", "related articles"),
    ("newsletter", "newsletter prompt"),
    ("subscribe", "newsletter prompt"),
    ("subscription", "newsletter prompt"),
    ("signup", "newsletter prompt"),
    ("cookie", "cookie prompt"),
    ("cookies", "cookie prompt"),
    ("consent", "cookie prompt"),
    ("gdpr", "cookie prompt"),
    ("login", "login form"),
    ("signin", "login form"),
    ("copyright", "copyright line"),
    ("tags", "tags"),
    ("keywords", "tags"),
    ("toolbar", "share buttons"),
    ("print", "share buttons"),
    ("bio", "author bio"),
    ("masthead", "navigation"),
    ("banner", "advertisement"),
    ("modal", "popup"),
    ("popup", "popup"),
    ("overlay", "popup"),
    ("hidden", "hidden"),
    ("skip", "navigation"),
    // A control's label ("Full Screen", "Autoplay", "Close" on a gallery's buttons).
    ("button", "navigation"),
    ("buttons", "navigation"),
    ("btn", "navigation"),
    ("more", "related articles"),
    ("readmore", "related articles"),
    ("lire", "related articles"),
    ("tweet", "social media post"),
    ("instagram", "social media post"),
    ("tiktok", "social media post"),
    ("bluesky", "social media post"),
    ("infobox", "fact box"),
    ("factbox", "fact box"),
    ("caption", "caption"),
    ("credit", "caption"),
    ("credits", "caption"),
    ("byline", "byline"),
    ("author", "byline"),
    ("meta", "byline"),
    ("dateline", "byline"),
    ("timestamp", "byline"),
    ("date", "byline"),
    ("dates", "byline"),
];

/// Whole class words of a CMS's field labels (Drupal 7's and 8's), which name the field a box
/// shows: a label, never its text.
const FIELD_LABELS: &[&str] = &["field-label", "field__label"];

/// Boilerplate words that a content word next to them cancels ("article-meta" is a byline
/// box, but "hidden-xs article-text" is the article).
const WEAK_TOKENS: &[&str] = &["sidebar", "meta", "date", "more", "hidden", "banner", "widget", "skip", "masthead", "print", "timestamp", "dateline", "tags", "aside", "lire", "bio"];

/// Tokens that make a class word a flag about the page or the box rather than a name of what
/// it holds: layouts ("sidebar-grid", "layout--with-sidebar", "has-ads"), states
/// ("comments-enabled", "no-ads", "notPrint") and CSS utilities ("overflow-hidden").
const FLAG_TOKENS: &[&str] = &[
    "grid", "layout", "has", "with", "without", "no", "not", "non", "enabled", "disabled", "allowed", "active", "open",
    "overflow", "visible", "invisible", "on", "off",
];

/// Whether a utility class shows the element at some screen width ("md:block", "lg:flex"):
/// a "hidden" next to it only hides it on small screens.
fn shown_at_some_width(word: &str) -> bool {
    let Some((prefix, display)) = word.rsplit_once(':') else { return false };
    matches!(prefix, "sm" | "md" | "lg" | "xl" | "2xl")
        && matches!(display, "block" | "flex" | "grid" | "inline" | "inline-block" | "inline-flex" | "table" | "contents")
}

/// A utility class of a CSS framework (Tailwind): a variant ("dark:text-gray-100",
/// "md:flex") or a text style ("text-xs", "text-center", "text-gray-800"). It styles the box
/// and says nothing of what it holds: "text-xs" is not article text.
fn utility_word(word: &str) -> bool {
    if word.contains(':') {
        return true;
    }
    let Some(rest) = word.strip_prefix("text-") else { return false };
    rest.contains(|c: char| c.is_ascii_digit() || c == '[')
        || matches!(
            rest,
            "xs" | "sm" | "base" | "lg" | "xl" | "left" | "right" | "center" | "justify" | "start" | "end" | "wrap" | "nowrap"
                | "ellipsis" | "clip" | "white" | "black" | "transparent" | "current" | "inherit" | "balance" | "pretty"
        )
}

/// Class/id words that say "this is the article" and cancel a boilerplate token.
const CONTENT_TOKENS: &[&str] = &[
    "article", "body", "content", "main", "story", "text", "entry", "post", "articlebody", "prose", "richtext",
];

/// Splits a class/id value into lower-case word tokens (on space, '-', '_', and camelCase).
fn tokens(value: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in value.chars() {
        if c.is_alphanumeric() {
            if c.is_uppercase() && prev_lower && !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev_lower = c.is_lowercase();
            cur.extend(c.to_lowercase());
        } else {
            prev_lower = false;
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
        }
        if out.len() > 64 {
            break;
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Whether the element's class or id names one of `names` (its word tokens, as [`hints`]
/// reads them; a word with a flag token, "has-medium-media", is a state of the box, not its
/// name).
pub fn named(dom: &Dom, id: NodeId, names: &[&str]) -> bool {
    let Some(e) = dom.element(id) else { return false };
    ["class", "id"].iter().filter_map(|a| e.attr(a)).flat_map(|v| v.split_whitespace().take(32)).any(|word| {
        let toks = tokens(word);
        !toks.iter().any(|t| FLAG_TOKENS.contains(&t.as_str())) && toks.iter().any(|t| names.contains(&t.as_str()))
    })
}

/// The hints an element's class/id/role give.
pub struct Hints {
    pub boiler: Option<&'static str>,
    pub content: bool,
}

pub fn hints(dom: &Dom, id: NodeId) -> Hints {
    let Some(e) = dom.element(id) else { return Hints { boiler: None, content: false } };
    let mut boiler = None;
    let mut content = false;
    let mut weak = false;
    let mut responsive = false;
    // The class "hidden" on its own (Bootstrap's, Tailwind's `display: none`) is a state of
    // the box, however content-like its other classes ("intro-body__premium hidden").
    let mut bare_hidden = false;
    for attr in ["class", "id"] {
        if let Some(v) = e.attr(attr) {
            let v = if v.len() > 512 { &v[..v.floor_char_boundary_compat(512)] } else { v };
            for word in v.split_whitespace() {
                responsive |= shown_at_some_width(word);
                bare_hidden |= attr == "class" && word == "hidden";
                if utility_word(word) {
                    continue;
                }
                // A CMS's field label (Drupal's "Episode Teaser Image:" over its picture).
                if boiler.is_none() && FIELD_LABELS.iter().any(|l| word.eq_ignore_ascii_case(l)) {
                    boiler = Some("box label");
                }
                let toks = tokens(word);
                // A word naming a layout, a state or a CSS property says nothing of what the
                // box holds.
                let flag = toks.iter().any(|t| FLAG_TOKENS.contains(&t.as_str()));
                for t in toks {
                    if CONTENT_TOKENS.contains(&t.as_str()) {
                        content = true;
                    }
                    if boiler.is_none() && !flag {
                        if let Some((_, why)) = BOILER_TOKENS.iter().find(|(w, _)| *w == t) {
                            boiler = Some(*why);
                            weak = WEAK_TOKENS.contains(&t.as_str());
                        }
                    }
                }
            }
        }
    }
    if content && weak {
        boiler = None;
    }
    if bare_hidden && boiler.is_none() {
        boiler = Some("hidden");
    }
    if responsive && boiler == Some("hidden") {
        // "hidden md:block": hidden on phones only.
        boiler = None;
    }
    if let Some(ip) = e.attr("itemprop") {
        if ip.contains("articleBody") || ip.contains("text") {
            content = true;
        }
    }
    if let Some(role) = e.attr("role") {
        match role {
            "navigation" | "menu" | "menubar" => boiler = Some("navigation"),
            "complementary" => boiler = Some("sidebar"),
            "contentinfo" => boiler = Some("footer"),
            "banner" => boiler = Some("navigation"),
            "dialog" | "alertdialog" => boiler = Some("popup"),
            "main" | "article" => content = true,
            _ => {}
        }
    }
    Hints { boiler, content }
}

trait FloorBoundary {
    fn floor_char_boundary_compat(&self, i: usize) -> usize;
}
impl FloorBoundary for str {
    fn floor_char_boundary_compat(&self, mut i: usize) -> usize {
        if i >= self.len() {
            return self.len();
        }
        while !self.is_char_boundary(i) {
            i -= 1;
        }
        i
    }
}

/// Whether the element is hidden from readers (and so from the article): by its attributes,
/// its inline style, or a class the page's stylesheets hide (`styles::hidden_classes`).
fn hidden(dom: &Dom, id: NodeId, hidden_classes: &HashSet<String>) -> bool {
    let Some(e) = dom.element(id) else { return false };
    if e.attr("hidden").is_some() || e.attr("aria-hidden") == Some("true") {
        return true;
    }
    if !hidden_classes.is_empty() && e.attr("class").is_some_and(|c| c.split_ascii_whitespace().any(|k| hidden_classes.contains(k))) {
        return true;
    }
    if let Some(style) = e.attr("style") {
        let s: String = style.chars().filter(|c| !c.is_whitespace()).take(400).collect::<String>().to_ascii_lowercase();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    false
}

/// Boilerplate reason implied by the tag alone.
fn tag_boiler(tag: &str) -> Option<&'static str> {
    match tag {
        "nav" | "menu" => Some("navigation"),
        "aside" => Some("sidebar"),
        "footer" => Some("footer"),
        "form" | "fieldset" | "label" | "legend" | "option" | "input" => Some("form"),
        "figcaption" | "figure" => Some("caption"),
        "dialog" => Some("popup"),
        _ => None,
    }
}

/// Marker for `<br>` in block buffers, turned into paragraph breaks (two) or spaces (one).
const BR: char = '\u{1}';

/// How much the text of a link to a place in the page (`#section`) inside a heading or a
/// list item counts as link text, in tenths: a heading's own anchor or a table of contents'
/// entry, which Readability weighs a third.
const ANCHOR_LINK_TENTHS: u8 = 3;

struct Frame {
    id: NodeId,
    block: bool,
    /// Inside a link: how much its text counts as link text, in tenths (0: not a link).
    link: u8,
}

pub struct Walk {
    pub blocks: Vec<Block>,
    pub layout: Layout,
}

/// Walks the page body and cuts it into blocks.
pub fn collect(dom: &Dom) -> Walk {
    let n = dom.nodes.len();
    let mut pre = vec![u32::MAX; n];
    let mut end = vec![0u32; n];
    let mut blocks = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut marks: Vec<(NodeId, &'static str)> = Vec::new();
    let mut buf = String::new();
    // Link text of the buffered text, in tenths of a character (see `Frame::link`).
    let mut link_tenths = 0usize;
    let mut counter = 0u32;
    let root = dom.find("body").unwrap_or(ROOT);
    let hidden_classes = super::styles::hidden_classes(dom);

    // Emits the buffered inline text as blocks owned by the innermost open block element.
    let flush = |buf: &mut String, link_tenths: &mut usize, stack: &[Frame], marks: &[(NodeId, &'static str)], blocks: &mut Vec<Block>, pre: &[u32]| {
        if buf.trim_matches(|c: char| c.is_whitespace() || c == BR).is_empty() {
            buf.clear();
            *link_tenths = 0;
            return;
        }
        let owner_frame = stack.iter().rev().find(|f| f.block);
        let owner = owner_frame.map_or(ROOT, |f| f.id);
        let boiler = marks.first().map(|m| m.1);
        let boiler_src = marks.first().map_or(NONE, |m| m.0);
        let boilers: Vec<(NodeId, &'static str)> = marks[marks.len().saturating_sub(4)..].to_vec();
        let (heading, kind) = block_kind(dom, stack);
        let pieces = split_breaks(buf);
        let total: usize = pieces.iter().map(|p| p.chars().count()).sum::<usize>().max(1);
        for p in pieces {
            let chars = p.chars().count();
            let lc = (*link_tenths * chars) / total / 10;
            let weight = text_weight(&p);
            blocks.push(Block {
                text: p,
                owner,
                link_chars: lc.min(chars),
                chars,
                weight,
                boiler,
                boiler_src,
                boilers: boilers.clone(),
                heading,
                kind,
                rank: pre.get(owner as usize).copied().unwrap_or(0),
            });
        }
        buf.clear();
        *link_tenths = 0;
    };

    let mut id = root;
    'walk: loop {
        // Enter `id`.
        let node = dom.node(id);
        let mut descend = false;
        match &node.kind {
            Kind::Text(t) => {
                let link = stack.last().map_or(0, |f| f.link) as usize;
                link_tenths += link * t.trim().chars().count();
                buf.push_str(t);
            }
            Kind::Element(e) => {
                let tag = &*e.name;
                if tag == "br" {
                    buf.push(BR);
                } else if !e.skip && !e.foreign && !hidden(dom, id, &hidden_classes) {
                    let block = is_block_tag(tag);
                    if block {
                        flush(&mut buf, &mut link_tenths, &stack, &marks, &mut blocks, &pre);
                    } else if matches!(tag, "img" | "input") {
                        buf.push(' ');
                    }
                    pre[id as usize] = counter;
                    counter += 1;
                    let parent = stack.last();
                    let h = hints(dom, id);
                    if let Some(why) = tag_boiler(tag).or(h.boiler) {
                        marks.push((id, why));
                    }
                    // A `javascript:` link goes nowhere: its text is the page's own; one to a
                    // place in the page (`#section`, a table of contents' entry, a heading's
                    // anchor) counts a third (as Readability has both).
                    let link = match parent.map_or(0, |f| f.link) {
                        0 if tag == "a" => {
                            let href = e.attr("href").map(str::trim_start);
                            if href.is_some_and(|h| h.get(..11).is_some_and(|p| p.eq_ignore_ascii_case("javascript:"))) {
                                0
                            } else if href.is_some_and(|h| h.len() > 1 && h.starts_with('#'))
                                && stack.iter().rev().take(6).any(|f| matches!(dom.tag(f.id), "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "li"))
                            {
                                ANCHOR_LINK_TENTHS
                            } else {
                                10
                            }
                        }
                        w => w,
                    };
                    stack.push(Frame { id, block, link });
                    descend = node.first_child != NONE;
                    if !descend {
                        // Leaf element: exit at once.
                        let f = stack.pop();
                        if marks.last().is_some_and(|m| m.0 == id) {
                            marks.pop();
                        }
                        end[id as usize] = counter;
                        if f.is_some_and(|f| f.block) {
                            flush(&mut buf, &mut link_tenths, &stack, &marks, &mut blocks, &pre);
                        }
                    }
                }
            }
            Kind::Document => descend = node.first_child != NONE,
            Kind::Ignored => {}
        }
        if descend {
            id = node.first_child;
            continue;
        }
        // Move to the next sibling, exiting finished ancestors.
        let mut cur = id;
        loop {
            if cur == root {
                break 'walk;
            }
            let n = dom.node(cur);
            if n.next != NONE {
                id = n.next;
                continue 'walk;
            }
            cur = n.parent;
            if cur == NONE {
                break 'walk;
            }
            // Exit `cur`.
            if stack.last().is_some_and(|f| f.id == cur) {
                let block = stack.last().is_some_and(|f| f.block);
                if block {
                    flush(&mut buf, &mut link_tenths, &stack, &marks, &mut blocks, &pre);
                }
                stack.pop();
                if marks.last().is_some_and(|m| m.0 == cur) {
                    marks.pop();
                }
                end[cur as usize] = counter;
            }
        }
    }
    flush(&mut buf, &mut link_tenths, &stack, &marks, &mut blocks, &pre);
    Walk { blocks, layout: Layout { pre, end } }
}

/// A text's length in Latin-text characters: CJK ideographs and kana count three, Hangul
/// syllables two (a Hangul word is about three syllables, with spaces between words).
pub fn text_weight(text: &str) -> usize {
    text.chars()
        .map(|c| match c as u32 {
            0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF => 3,
            0xAC00..=0xD7AF => 2,
            _ => 1,
        })
        .sum()
}

/// What kind of block the innermost open elements make.
fn block_kind(dom: &Dom, stack: &[Frame]) -> (u8, BlockKind) {
    let mut kind = BlockKind::Other;
    for f in stack.iter().rev().take(12) {
        let tag = dom.tag(f.id);
        let k = match tag {
            "h1" => return (1, BlockKind::Heading),
            "h2" => return (2, BlockKind::Heading),
            "h3" => return (3, BlockKind::Heading),
            "h4" => return (4, BlockKind::Heading),
            "h5" => return (5, BlockKind::Heading),
            "h6" => return (6, BlockKind::Heading),
            "figcaption" => return (0, BlockKind::Caption),
            "pre" => return (0, BlockKind::Pre),
            "blockquote" => BlockKind::Quote,
            "p" => BlockKind::Para,
            "li" | "dd" | "dt" => BlockKind::Item,
            "td" | "th" => BlockKind::Cell,
            _ => continue,
        };
        if kind == BlockKind::Other {
            kind = k;
        }
    }
    (0, kind)
}

/// Splits a buffer on `<br><br>` and normalises whitespace in each piece.
fn split_breaks(buf: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut brs = 0;
    let mut space = false;
    for c in buf.chars() {
        if c == BR {
            brs += 1;
            space = true;
            continue;
        }
        if c.is_whitespace() || c == '\u{a0}' || c == '\u{200b}' || c == '\u{feff}' {
            space = true;
            continue;
        }
        if brs >= 2 && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        } else if space && !cur.is_empty() {
            cur.push(' ');
        }
        brs = 0;
        space = false;
        cur.push(c);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Normalises whitespace of a string (collapses runs, trims).
pub fn normalize(s: &str) -> String {
    split_breaks(&s.replace(BR, " ")).join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_blocks_and_splits_double_br() {
        let dom = Dom::parse("<div>Intro text<p>First  para <a href=x>link</a></p>One<br><br>Two<br>still two</div>");
        let w = collect(&dom);
        let texts: Vec<&str> = w.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, vec!["Intro text", "First para link", "One", "Two still two"]);
        assert_eq!(w.blocks[1].link_chars, 4);
    }

    #[test]
    fn javascript_links_are_not_links() {
        // Readability's test page: the whole text sits in a `javascript:` link.
        let dom = Dom::parse(r#"<body><a href="javascript:"><p>abc</p><p>def</p>ghi</a><p><a href="/x">abc</a></p></body>"#);
        let w = collect(&dom);
        let links: Vec<usize> = w.blocks.iter().map(|b| b.link_chars).collect();
        assert_eq!(links, vec![0, 0, 0, 3]);
    }

    #[test]
    fn anchor_links_of_headings_and_contents_count_a_third() {
        // A section heading that is its own anchor (toc-missing), a table of contents' entry;
        // a `#` link elsewhere (a skip link, "Join the conversation") counts in full.
        let dom = Dom::parse(r##"<body><h3 id="z"><a class="toclink" href="#understanding-z-score">Understanding Z-Score</a></h3><ul><li><a href="#history">1 History</a></li></ul><p><a href="#comments">Join the conversation</a></p></body>"##);
        let w = collect(&dom);
        let links: Vec<usize> = w.blocks.iter().map(|b| b.link_chars).collect();
        assert_eq!(links, vec![6, 2, 21]);
    }

    #[test]
    fn marks_boilerplate() {
        let dom = Dom::parse("<nav><p>Home</p></nav><div class='share-buttons'><p>Share</p></div><div class=article-content><p>Text</p></div>");
        let w = collect(&dom);
        assert_eq!(w.blocks[0].boiler, Some("navigation"));
        assert_eq!(w.blocks[1].boiler, Some("share buttons"));
        assert_eq!(w.blocks[2].boiler, None);
        let dom = Dom::parse("<div class='field field-label-above'><div class='field-label'>Episode Description:</div><div class='field-items'><p>Gun control advocates are looking for new options.</p></div></div>");
        let w = collect(&dom);
        assert_eq!(w.blocks[0].boiler, Some("box label"));
        assert_eq!(w.blocks[1].boiler, None);
    }

    /// The labels of a gallery's or a player's controls are chrome.
    #[test]
    fn control_labels_are_chrome() {
        let dom = Dom::parse("<div class='gal-buttons'><div class='gal-button gal-button-fullscreen'>Full Screen</div><div class='btn-close'>Close</div></div><p>Text</p>");
        let w = collect(&dom);
        assert_eq!(w.blocks[0].boiler, Some("navigation"));
        assert_eq!(w.blocks[1].boiler, Some("navigation"));
        assert_eq!(w.blocks[2].boiler, None);
    }

    #[test]
    fn utility_classes_name_nothing() {
        let dom = Dom::parse("<div id=a class='fixed text-xs dark:text-gray-100 hidden'>x</div><div id=b class='article-text'>y</div>");
        let id = |name: &str| dom.descendants(ROOT).find(|&i| dom.element(i).and_then(|e| e.attr("id")) == Some(name)).unwrap();
        let (a, b) = (hints(&dom, id("a")), hints(&dom, id("b")));
        assert!(!a.content && a.boiler == Some("hidden"));
        assert!(b.content);
    }

    #[test]
    fn flag_words_are_not_boxes() {
        let dom = Dom::parse("<div id=a class='comments-enabled'></div><div id=b class='notPrint'></div><div id=c class='px-5 overflow-hidden'></div><div id=d class='hidden md:block'></div><div id=e class='comments'></div><div id=f class='hidden'></div>");
        let boiler = |name: &str| {
            let id = (0..dom.nodes.len() as u32).find(|&i| dom.element(i).and_then(|e| e.attr("id")) == Some(name)).unwrap();
            hints(&dom, id).boiler
        };
        assert_eq!(boiler("a"), None);
        assert_eq!(boiler("b"), None);
        assert_eq!(boiler("c"), None);
        assert_eq!(boiler("d"), None);
        assert_eq!(boiler("e"), Some("comments"));
        assert_eq!(boiler("f"), Some("hidden"));
    }

    #[test]
    fn body_chunks_with_a_modifier_class_are_alike() {
        assert!(same_body_class("body articleBody -bottom-space", "body articleBody"));
        assert!(same_body_class("story-body story-body-1", "story-body story-body-2"));
        assert!(!same_body_class("card teaser", "card teaser -wide"));
        assert!(!same_body_class("articleBody", "articleBody related"));
        assert!(!same_body_class("body articleBody", "body articleBody a b c"));
    }

    #[test]
    fn previous_story_links_are_navigation() {
        let dom = Dom::parse("<div class='article_details_prev_next'><div class='article_details_prev'><div class='prev_next_text'>Another story's headline</div></div></div><div id='__next'><p>Text</p></div>");
        let w = collect(&dom);
        assert_eq!(w.blocks[0].boiler, Some("navigation"));
        assert_eq!(w.blocks[1].boiler, None);
    }

    #[test]
    fn class_tokens() {
        assert_eq!(tokens("articleBody main-content"), vec!["article", "body", "main", "content"]);
    }
}

/// A block's fate: kept in the body, or removed with a reason.
#[derive(Debug, Clone)]
pub struct Verdict {
    pub block: usize,
    pub removed: Option<&'static str>,
}

fn paragraph_like(tag: &str) -> bool {
    matches!(tag, "p" | "li" | "td" | "th" | "pre" | "blockquote" | "dd" | "dt" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "figcaption" | "span")
}

/// A `<div>` holding only text and inline elements: a paragraph by another name (Readability
/// turns these into `<p>`), so its score goes to its ancestors and its own class earns it
/// nothing. A teaser's `<div class="headline-text">` is not an article container.
fn text_div(dom: &Dom, id: NodeId) -> bool {
    dom.tag(id) == "div"
        && dom.children(id).all(|c| {
            dom.element(c).is_none_or(|e| {
                matches!(
                    &*e.name,
                    "a" | "span" | "b" | "i" | "em" | "strong" | "br" | "img" | "small" | "sup" | "sub" | "time" | "abbr" | "code"
                        | "mark" | "u" | "s" | "q" | "cite" | "font" | "wbr"
                )
            })
        })
}

/// A `<div>` wrapping one paragraph and nothing else (`div.firstPar > p`, `div.secondPar > p`
/// above the rest of a body): a paragraph, as a sibling of the article's box.
fn paragraph_box(dom: &Dom, id: NodeId) -> bool {
    if dom.tag(id) != "div" {
        return false;
    }
    let mut elements = dom.children(id).filter(|&c| dom.element(c).is_some());
    let only = elements.next();
    elements.next().is_none()
        && only.is_some_and(|c| dom.tag(c) == "p")
        && dom.children(id).all(|c| dom.element(c).is_some() || dom.text_of(c).trim().is_empty())
}

fn tag_weight(tag: &str) -> f32 {
    match tag {
        "div" | "article" | "main" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

fn class_weight(dom: &Dom, id: NodeId) -> f32 {
    let h = hints(dom, id);
    let mut w = 0.0;
    if h.content {
        w += 25.0;
    }
    if h.boiler.is_some() {
        w -= 25.0;
    }
    if dom.element(id).and_then(|e| e.attr("itemprop")).is_some_and(|v| v.contains("articleBody")) {
        w += 50.0;
    }
    if dom.tag(id) == "article" {
        w += 10.0;
    }
    w
}

fn commas(s: &str) -> usize {
    s.chars().filter(|c| matches!(c, ',' | '،' | '、' | '，' | '﹐')).count()
}

/// The article: the best-scoring container and its qualifying siblings.
pub struct Selection {
    pub containers: Vec<NodeId>,
    pub top: NodeId,
    /// Per node: characters of text in its subtree, of link text, and its count of long
    /// low-link paragraphs (what makes a box "article text" whatever its class says).
    pub text_len: Vec<u32>,
    pub link_len: Vec<u32>,
    pub long_paras: Vec<u32>,
    pub total_long: u32,
    /// The page's `<main>` (or role=main) element and its ancestors, innermost first.
    pub main_path: Vec<NodeId>,
    /// Characters of non-link text on the whole page.
    pub total_prose: u32,
}

impl Selection {
    /// Whether a box marked as boilerplate by its class actually holds article prose (a
    /// "promo" or "read-more" wrapper around the rest of the story).
    pub fn holds_prose(&self, id: NodeId) -> bool {
        let i = id as usize;
        if i >= self.text_len.len() {
            return false;
        }
        let t = self.text_len[i].max(1) as f32;
        (self.text_len[i] >= 500 && (self.link_len[i] as f32) / t < 0.15 && self.long_paras[i] >= 3)
            || self.wraps_page(id)
    }

    /// Whether the element holds most of the page's prose: a page wrapper whose class happens
    /// to contain "ad" or "sidebar" ("has-sidebar"), which cannot all be boilerplate.
    ///
    /// Also a box around the page's `<main>`, and one holding most of the page's non-link
    /// text (pages whose paragraphs are too short to count as long: CJK text, short news).
    pub fn wraps_page(&self, id: NodeId) -> bool {
        let i = id as usize;
        if i >= self.long_paras.len() {
            return false;
        }
        let prose = self.text_len[i].saturating_sub(self.link_len[i]);
        (self.total_long > 0 && self.long_paras[i] * 2 > self.total_long)
            || (self.total_prose > 0 && prose * 2 > self.total_prose)
            || self.main_path.contains(&id)
    }

    /// Whether an element sits in a box that markup marks as boilerplate and that its prose
    /// does not override.
    pub fn under_boiler(&self, dom: &Dom, mut id: NodeId) -> bool {
        while id != NONE {
            let why = tag_boiler(dom.tag(id)).or(hints(dom, id).boiler);
            if let Some(why) = why {
                if !((overridable(why) && self.holds_prose(id)) || (why != "comments" && self.wraps_page(id))) {
                    return true;
                }
            }
            id = dom.node(id).parent;
        }
        false
    }

    /// The reason that makes a block boilerplate, if any: the first boilerplate mark around it
    /// (inside `within`, when given) that its prose does not override.
    ///
    /// Inside the article's container, a box of a kind that is never article text (not
    /// [`overridable`]: a fact box, a form, an embedded post) stays what it is however much of
    /// the page's prose it holds: there the container is the page's wrapper, not the box (a
    /// fact box printing a speech's full transcript under the report on it).
    pub fn effective_boiler(&self, b: &Block, within: Option<NodeId>, layout: &Layout) -> Option<&'static str> {
        b.boilers
            .iter()
            .filter(|(src, _)| within.is_none_or(|c| *src != c && layout.contains(c, *src)))
            .find(|(src, why)| {
                let wrapper = *why != "comments" && (within.is_none() || overridable(why)) && self.wraps_page(*src);
                !((overridable(why) && self.holds_prose(*src)) || wrapper)
            })
            .map(|(_, why)| *why)
    }
}

/// The nearest `<article>` or `<main>` around a node, NONE if there is none.
fn enclosing_article(dom: &Dom, mut id: NodeId) -> NodeId {
    while id != NONE {
        if matches!(dom.tag(id), "article" | "main") {
            return id;
        }
        id = dom.node(id).parent;
    }
    NONE
}

/// Reasons given by class names only, which a box full of prose overrides (comments, forms
/// and footers are never article text, however long).
pub fn overridable(reason: &str) -> bool {
    matches!(
        reason,
        "advertisement" | "promotion" | "teaser" | "related articles" | "sidebar" | "hidden" | "popup" | "share buttons" | "tags" | "byline" | "navigation" | "caption"
    )
}

/// Scores containers and picks the article's, Readability-style.
pub fn select(dom: &Dom, walk: &Walk) -> Option<Selection> {
    let n = dom.nodes.len();
    let layout = &walk.layout;
    // Text and link characters per subtree, accumulated children-first.
    let mut text_len = vec![0u32; n];
    let mut link_len = vec![0u32; n];
    let mut long_paras = vec![0u32; n];
    for b in &walk.blocks {
        if (b.owner as usize) < n {
            text_len[b.owner as usize] += b.chars as u32;
            link_len[b.owner as usize] += b.link_chars as u32;
            if b.weight >= 120 && b.link_density() < 0.1 {
                long_paras[b.owner as usize] += 1;
            }
        }
    }
    let mut order: Vec<NodeId> = (0..n as u32).filter(|&i| layout.pre[i as usize] != u32::MAX).collect();
    order.sort_unstable_by_key(|&i| layout.pre[i as usize]);
    for &id in order.iter().rev() {
        let p = dom.node(id).parent;
        if p != NONE {
            text_len[p as usize] += text_len[id as usize];
            link_len[p as usize] += link_len[id as usize];
            long_paras[p as usize] += long_paras[id as usize];
        }
    }
    let total_long = walk.blocks.iter().filter(|b| b.weight >= 120 && b.link_density() < 0.1).count() as u32;
    let total_prose = walk.blocks.iter().map(|b| b.chars.saturating_sub(b.link_chars) as u32).sum();
    let mut main_path = Vec::new();
    let main = (0..n as u32).find(|&i| {
        layout.pre[i as usize] != u32::MAX
            && dom.element(i).is_some_and(|e| &*e.name == "main" || e.attr("role") == Some("main"))
    });
    let mut up = main.unwrap_or(NONE);
    while up != NONE && main_path.len() < 64 {
        main_path.push(up);
        up = dom.node(up).parent;
    }
    let mut sel = Selection { containers: Vec::new(), top: NONE, text_len, link_len, long_paras, total_long, main_path, total_prose };

    let mut score = vec![f32::NAN; n];
    for b in &walk.blocks {
        if b.weight < 25 || b.heading > 0 || b.kind == BlockKind::Caption {
            continue;
        }
        if sel.effective_boiler(b, None, layout).is_some() {
            continue;
        }
        let s = 1.0 + commas(&b.text).min(30) as f32 + (b.weight / 100).min(3) as f32;
        let mut node = if paragraph_like(dom.tag(b.owner)) || text_div(dom, b.owner) { dom.node(b.owner).parent } else { b.owner };
        let mut level = 0;
        while node != NONE && level < 5 {
            if dom.element(node).is_none() {
                break;
            }
            let slot = &mut score[node as usize];
            if slot.is_nan() {
                *slot = tag_weight(dom.tag(node)) + class_weight(dom, node);
            }
            let div = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            *slot += s / div;
            node = dom.node(node).parent;
            level += 1;
        }
    }
    let final_score = |id: NodeId| -> f32 {
        let s = score[id as usize];
        if s.is_nan() {
            return f32::NAN;
        }
        let t = sel.text_len[id as usize].max(1) as f32;
        s * (1.0 - sel.link_len[id as usize] as f32 / t)
    };
    let mut top = NONE;
    let mut best = f32::MIN;
    for id in 0..n as u32 {
        let s = final_score(id);
        if !s.is_nan() && s > best {
            best = s;
            top = id;
        }
    }
    if top == NONE {
        // No paragraph long enough to score: take the whole body.
        let body = dom.find("body").unwrap_or(ROOT);
        sel.containers = vec![body];
        sel.top = body;
        return Some(sel);
    }
    let body = dom.find("body").unwrap_or(ROOT);
    let chunk = top;
    let chunk_best = best;
    top = promote(dom, &score, &final_score, top, best, body);
    top = unfold(dom, &sel, top, body);
    // On a page of several stories, the first is the page's own (the next ones are appended
    // for scrolling on): the top becomes it, unless the top already lies inside it, and nothing
    // holding another story is merged back as a sibling.
    let stories = full_articles(dom, &sel, body);
    let story = if stories.len() >= 2 { stories.first().copied() } else { None };
    if let Some(a) = story {
        if !layout.contains(a, top) {
            top = a;
        }
    }
    let other_story = |id: NodeId| story.is_some() && stories.iter().any(|&a| Some(a) != story && layout.contains(id, a));
    let scored = final_score(top);
    let best = if scored.is_nan() { tag_weight(dom.tag(top)) + class_weight(dom, top) } else { scored };
    // Siblings that belong with the top candidate.
    let mut containers = vec![top];
    let parent = dom.node(top).parent;
    if parent != NONE && dom.element(parent).is_some() {
        let threshold = (best * 0.2).max(10.0);
        let top_class = dom.element(top).and_then(|e| e.attr("class")).unwrap_or("");
        containers.clear();
        for sib in dom.children(parent) {
            if sib == top {
                containers.push(sib);
                continue;
            }
            let Some(e) = dom.element(sib) else { continue };
            if layout.pre[sib as usize] == u32::MAX || other_story(sib) {
                continue;
            }
            let mut bonus = 0.0;
            if !top_class.is_empty() && e.attr("class").is_some_and(|c| same_class(c, top_class)) {
                bonus = best * 0.2;
            }
            let s = final_score(sib);
            let t = sel.text_len[sib as usize];
            let ld = sel.link_len[sib as usize] as f32 / t.max(1) as f32;
            let boiler = hints(dom, sib).boiler.is_some() || tag_boiler(&e.name).is_some();
            let ok = if !s.is_nan() && s + bonus >= threshold {
                true
            } else if &*e.name == "p" && !boiler {
                let text = dom.text_of(sib);
                (t > 80 && ld < 0.25) || (t > 0 && t <= 80 && ld == 0.0 && text.trim_end().ends_with('.'))
            } else if paragraph_box(dom, sib) && !boiler {
                t > 80 && ld < 0.1 && dom.text_of(sib).trim_end().ends_with(['.', '!', '?', '"', '”', '»'])
            } else {
                false
            };
            if ok {
                containers.push(sib);
            }
        }
    }
    // The other chunks of a body cut into repeated boxes of one class (between ads, embeds,
    // product cards) that promotion did not reach.
    let chunk_class = dom.element(chunk).and_then(|e| e.attr("class")).filter(|c| !c.trim().is_empty());
    if let Some(class) = chunk_class {
        let frame = story.unwrap_or_else(|| enclosing_article(dom, chunk));
        let threshold = (chunk_best * 0.2).max(10.0);
        for id in 0..n as u32 {
            if id == chunk || score[id as usize].is_nan() || containers.iter().any(|&c| layout.contains(c, id)) {
                continue;
            }
            let Some(e) = dom.element(id) else { continue };
            if e.name != dom.element(chunk).map_or(e.name.clone(), |c| c.name.clone()) || !e.attr("class").is_some_and(|c| same_body_class(c, class)) {
                continue;
            }
            if frame != NONE && !layout.contains(frame, id) {
                continue;
            }
            if final_score(id) < threshold || sel.under_boiler(dom, id) {
                continue;
            }
            containers.push(id);
        }
        containers.sort_unstable_by_key(|&c| layout.pre[c as usize]);
    }
    sel.containers = containers;
    sel.top = top;
    Some(sel)
}

/// A body cut by a "Read more" fold prints its first paragraphs straight in the story box and
/// the rest in a wrapper (`div#read-more > div#read-more-content`, after the button and an ad):
/// the wrapper scores best, but the story box is the article. When the top's parent or
/// grandparent holds two or more long paragraphs of its own before the top, it becomes the
/// top.
fn unfold(dom: &Dom, sel: &Selection, top: NodeId, body: NodeId) -> NodeId {
    let mut inner = top;
    for _ in 0..2 {
        let p = dom.node(inner).parent;
        if p == NONE || p == body || dom.element(p).is_none() {
            break;
        }
        let mut leading = 0;
        for c in dom.children(p) {
            if c == inner {
                break;
            }
            if dom.tag(c) == "p" && sel.long_paras.get(c as usize).is_some_and(|&n| n >= 1) && hints(dom, c).boiler.is_none() {
                leading += 1;
            }
        }
        if leading >= 2 {
            return p;
        }
        inner = p;
    }
    top
}

/// Whether two chunks of a body are classed alike: the same class ([`same_class`]), or the
/// same two or more class words naming the article's text, one chunk adding a modifier or two
/// ("body articleBody -bottom-space" over the paywall's fold, "body articleBody" after it).
fn same_body_class(a: &str, b: &str) -> bool {
    const MODIFIERS_MAX: usize = 2;
    if same_class(a, b) {
        return true;
    }
    let (wa, wb): (Vec<&str>, Vec<&str>) = (a.split_whitespace().collect(), b.split_whitespace().collect());
    let (small, large) = if wa.len() <= wb.len() { (wa, wb) } else { (wb, wa) };
    small.len() >= 2
        && large.len() - small.len() <= MODIFIERS_MAX
        && small.iter().all(|w| large.contains(w))
        && small.iter().any(|w| tokens(w).iter().any(|t| CONTENT_TOKENS.contains(&t.as_str())))
}

/// Whether two class attributes name the same kind of box: equal, or equal but for numbers
/// ("story-body story-body-1" and "story-body story-body-2", the chunks of one body).
fn same_class(a: &str, b: &str) -> bool {
    a == b || a.chars().filter(|c| !c.is_ascii_digit()).eq(b.chars().filter(|c| !c.is_ascii_digit()))
}

/// A page that appends the next story under its own (infinite scroll) holds two or more full
/// articles: `<article>` elements each with their own `<h1>` and at least two long paragraphs
/// (teasers and live-blog posts have neither). Returns them in document order, outermost only.
/// The first is the page's story: a later, longer one does not win it the page.
fn full_articles(dom: &Dom, sel: &Selection, body: NodeId) -> Vec<NodeId> {
    let mut found = Vec::new();
    let mut it = dom.descendants(body);
    while let Some(id) = it.next() {
        if dom.tag(id) == "article"
            && sel.long_paras.get(id as usize).is_some_and(|&n| n >= 2)
            && dom.descendants(id).skip(1).any(|d| dom.tag(d) == "h1")
        {
            found.push(id);
            it.skip_children();
        }
    }
    found
}

/// Widens the top candidate to the element that holds the whole article, as Readability
/// does: articles cut into chunks (a body split around ads and embeds, sections, a table next
/// to its paragraphs) make several near-equal candidates, of which the best is only one part.
///
/// 1. When at least three of the next four candidates score within 75% of the top and share
///    an ancestor with it, that ancestor becomes the top.
/// 2. Climbing from the top, a parent scoring higher than its child (points gathered from
///    several children) becomes the top; the climb stops where the score falls below a third.
/// 3. A top that is its parent's only element child gives way to the parent, so that
///    siblings around the wrapper can be merged.
fn promote(dom: &Dom, score: &[f32], final_score: &dyn Fn(NodeId) -> f32, mut top: NodeId, best: f32, body: NodeId) -> NodeId {
    const MIN_TOP: usize = 3;
    let mut ranked: Vec<(f32, NodeId)> =
        (0..score.len() as u32).filter_map(|id| Some((final_score(id), id)).filter(|(s, _)| !s.is_nan())).collect();
    ranked.sort_unstable_by(|a, b| b.0.total_cmp(&a.0));
    let ancestors = |mut id: NodeId| {
        let mut out = Vec::new();
        id = dom.node(id).parent;
        while id != NONE && out.len() < 64 {
            out.push(id);
            id = dom.node(id).parent;
        }
        out
    };
    let alternatives: Vec<Vec<NodeId>> = ranked
        .iter()
        .filter(|(_, id)| *id != top)
        .take(4)
        .filter(|(s, _)| best > 0.0 && *s / best >= 0.75)
        .map(|(_, id)| ancestors(*id))
        .collect();
    if alternatives.len() >= MIN_TOP {
        let mut p = dom.node(top).parent;
        while p != NONE && p != body && dom.element(p).is_some() {
            if alternatives.iter().filter(|a| a.contains(&p)).count() >= MIN_TOP {
                top = p;
                break;
            }
            p = dom.node(p).parent;
        }
    }
    let mut last = final_score(top);
    if !last.is_nan() {
        let threshold = last / 3.0;
        let mut p = dom.node(top).parent;
        while p != NONE && p != body && dom.element(p).is_some() {
            let s = final_score(p);
            if !s.is_nan() {
                if s < threshold {
                    break;
                }
                if s > last {
                    top = p;
                    break;
                }
                last = s;
            }
            p = dom.node(p).parent;
        }
    }
    loop {
        let p = dom.node(top).parent;
        if p == NONE || p == body || dom.element(p).is_none() {
            break;
        }
        if dom.children(p).filter(|&c| dom.element(c).is_some()).count() != 1 {
            break;
        }
        top = p;
    }
    top
}
