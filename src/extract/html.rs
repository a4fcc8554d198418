//! Article extraction from HTML pages: parse into the arena DOM ([`super::dom`]), cut the
//! page into text blocks and pick the article's ([`super::blocks`]), drop formulaic lines
//! ([`super::formulaic`]), and read the metadata ([`super::meta`]).
//!
//! Everything removed is recorded in [`Article::removed`] with its reason (bounded), so the
//! page can show the boilerplate on demand.

use super::blocks::{self, BlockKind, Verdict};
use super::dom::{self, Dom, NodeId, NONE, ROOT};
use super::{formulaic, lines, meta, Article, Removed};

/// At most this many removed blocks are kept, each cut to `REMOVED_CHARS` characters.
const REMOVED_MAX: usize = 200;
const REMOVED_CHARS: usize = 300;

pub fn extract(html: &str) -> Article {
    if html.trim().is_empty() {
        return Article { errors: vec!["empty page".into()], ..Article::default() };
    }
    let dom = Dom::parse(html);
    let walk = blocks::collect(&dom);
    let page = meta::gather(&dom);
    let selection = blocks::select(&dom, &walk);
    let layout = &walk.layout;

    let containers: Vec<NodeId> = selection.as_ref().map(|s| s.containers.clone()).unwrap_or_default();
    let inside = |id: NodeId| containers.iter().any(|&c| layout.contains(c, id));
    // The article's wider frame: the nearest <article>/<main> (or the parent) around the top.
    let frame = selection.as_ref().map_or(NONE, |s| article_frame(&dom, s.top));
    let near = |id: NodeId| frame != NONE && layout.contains(frame, id);
    // The metadata first: the headline it names helps judge the blocks.
    let mut article = meta::choose(&page, &inside, &near);

    let headline = headline_node(&page, &inside, &near, article.title.as_deref());
    let summaries = page_summaries(&page);
    let mut verdicts = judge(&dom, &walk, selection.as_ref(), &containers, frame, headline, article.title.as_deref(), &summaries);
    for a in drop_sign_offs(&walk, &mut verdicts).into_iter().chain(reprint_credits(&walk, &verdicts)) {
        if !article.sources.contains(&a) {
            article.sources.push(a);
        }
    }
    drop_author_bios(&dom, &walk, &mut verdicts);
    if let Some(name) = drop_signed_name(&dom, &walk, &mut verdicts) {
        if article.author.as_deref().is_none_or(|a| meta::credits_the_site(a, article.site.as_deref())) {
            article.author = Some(name);
        }
    }
    for v in &verdicts {
        let b = &walk.blocks[v.block];
        match v.removed {
            None => article.body.push(b.text.clone()),
            Some(reason) => {
                if article.removed.len() < REMOVED_MAX {
                    article.removed.push(Removed { text: truncate(&b.text, REMOVED_CHARS), reason: reason.to_string() });
                }
            }
        }
    }
    if let Some(full) = fuller_body(&page, &article.body) {
        if article.removed.len() < REMOVED_MAX {
            let shown = article.body.join(" ");
            article.removed.push(Removed { text: truncate(&shown, REMOVED_CHARS), reason: "teaser of the structured article body".into() });
        }
        article.body = full;
    }
    if article.body.iter().map(|p| blocks::text_weight(p)).sum::<usize>() < HYDRATION_MIN {
        if let Some(found) = hydrated_body(html) {
            article.body = found;
        }
    }
    if article.published.is_none() {
        // (The headline as found for the body, else the page's first <h1>.)
        let h1 = if headline != NONE { headline } else { page.h1.first().map_or(NONE, |(id, _)| *id) };
        if h1 != NONE {
            article.published = date_under_headline(&walk, h1);
        }
    }
    if article.body.is_empty() {
        article.errors.push("no article text found".into());
    }
    if page.ld_errors > 0 {
        article.errors.push(format!("{} JSON-LD block(s) could not be parsed", page.ld_errors));
    }
    article
}

/// The `<h1>` carrying the headline: the one matching the title, else the first in or near
/// the article.
fn headline_node(page: &meta::PageMeta, inside: &dyn Fn(NodeId) -> bool, near: &dyn Fn(NodeId) -> bool, title: Option<&str>) -> NodeId {
    let t = title.map(fold).unwrap_or_default();
    page.h1
        .iter()
        .find(|(_, h)| !t.is_empty() && fold(h) == t)
        .or_else(|| page.h1.iter().find(|(id, _)| inside(*id) || near(*id)))
        .map_or(NONE, |(id, _)| *id)
}

/// The header blocks under the headline looked at for a date.
const HEADER_BLOCKS: usize = 4;

/// A page that states its date nowhere else prints it under the headline, first on a short
/// line ("2023-11-17 20:52:15 来源：新华网", "17.11.2023, 20:52"): the date that opens one of
/// the few short blocks between the headline and the first paragraph (a block ending as a
/// sentence is the story's).
fn date_under_headline(walk: &blocks::Walk, headline: NodeId) -> Option<String> {
    let after = walk.layout.pre[headline as usize];
    walk.blocks
        .iter()
        .filter(|b| b.rank > after && !walk.layout.contains(headline, b.owner))
        .take(HEADER_BLOCKS)
        .take_while(|b| b.weight < 120 && !ends_like_sentence(&b.text))
        .filter(|b| b.chars <= 100 && b.text.trim_start().starts_with(|c: char| c.is_ascii_digit()))
        .find_map(|b| meta::parse_date(&b.text, false))
}

/// The nearest ancestor of the top candidate that frames a whole article (`<article>`,
/// `<main>`, itemprop=articleBody's parent), else its grandparent: where the lede, the
/// headline and the byline usually sit.
fn article_frame(dom: &Dom, top: NodeId) -> NodeId {
    let mut id = top;
    let mut steps = 0;
    while id != NONE && steps < 8 {
        let tag = dom.tag(id);
        if tag == "article" || tag == "main" {
            return id;
        }
        id = dom.node(id).parent;
        steps += 1;
    }
    let p = dom.node(top).parent;
    if p != NONE {
        p
    } else {
        top
    }
}

/// `<h1>`s in one container that make them section heads ([`judge`]).
const H1_SECTIONS: usize = 3;

/// Decides, block by block in document order, what goes into the body.
///
/// Inside the chosen containers a block is kept unless markup inside the container marks it
/// (share box, caption...), it is the headline, it is mostly links, or it is a formulaic
/// line. Outside them, only a lede is kept: a prose block between the headline and the
/// article text (sites often put the standfirst in the header, with a "teaser" class).
fn judge(dom: &Dom, walk: &blocks::Walk, selection: Option<&blocks::Selection>, containers: &[NodeId], frame: NodeId, headline: NodeId, title: Option<&str>, summaries: &[String]) -> Vec<Verdict> {
    let layout = &walk.layout;
    let title_f = title.map(fold).unwrap_or_default();
    let first_rank = containers.iter().filter_map(|&c| layout.pre.get(c as usize).copied()).min().unwrap_or(u32::MAX);
    let headline_rank = layout.pre.get(headline as usize).copied().filter(|&r| r != u32::MAX);
    let pictures = picture_texts(dom);
    // Read only when a link-heavy paragraph asks (most pages have none in their containers).
    let term_classes = std::cell::OnceCell::new();
    let mut out = Vec::with_capacity(walk.blocks.len());
    let mut last_kept: Option<&str> = None;
    let mut seen_kept = false;
    // The box of the lede when the last block kept is the lede: a standfirst printed as two or
    // three paragraphs of one box classed as a standfirst goes on in it (a list of key points
    // does not).
    let mut lede_box: Option<NodeId> = None;
    let mut kept_lede = false;
    // Whether the headline was met already: a heading under it in the header is a subtitle.
    let mut title_seen = false;
    // Blocks seen between the headline and the article text (a lede is close to the headline).
    let mut after_headline = 0usize;
    // Of them, those that read as text (not marked, not links, 40 characters or more): the
    // first of these is the lede however many bylines, dates, share buttons and credits of
    // the picture come between it and the headline.
    let mut prose_after_headline = 0usize;
    // Containers whose text holds three <h1> or more besides the headline's copies: a
    // blogging platform's section heads (Medium prints each as an <h1>), headings like any
    // other there, not headlines.
    // (Each <h1> is read once, then counted in each container.)
    let section_heads: Vec<NodeId> = walk.blocks.iter().filter(|b| b.heading == 1 && !headline_text(&fold(&b.text), &title_f)).map(|b| b.owner).collect();
    let h1_sections: Vec<NodeId> = containers.iter().copied().filter(|&c| section_heads.iter().filter(|&&o| layout.contains(c, o)).nth(H1_SECTIONS - 1).is_some()).collect();
    for (i, b) in walk.blocks.iter().enumerate() {
        let in_container = containers.iter().find(|&&c| layout.contains(c, b.owner));
        let reason: Option<&'static str> = match in_container {
            None => {
                let why = selection.and_then(|s| s.effective_boiler(b, None, layout));
                let between = match headline_rank {
                    Some(h) => b.rank > h && b.rank < first_rank,
                    None => frame != NONE && layout.contains(frame, b.owner) && b.rank < first_rank,
                };
                // Blocks outside the article's frame (the breadcrumb and menus after a headline
                // printed in the breadcrumb) are not between the headline and the lede.
                if between && (frame == NONE || layout.contains(frame, b.owner)) {
                    after_headline += 1;
                }
                let headline_like = b.heading == 1 || blocks::named(dom, b.owner, H1);
                let lede = between
                    && (after_headline <= 8 || prose_after_headline == 0)
                    && (!seen_kept || (lede_box.is_some_and(|l| l == dom.node(b.owner).parent) && b.kind == BlockKind::Para && standfirst_box(dom, b.owner)))
                    && matches!(why, None | Some("teaser") | Some("promotion"))
                    && !headline_like
                    && b.kind != BlockKind::Caption
                    && b.chars >= lede_min(dom, b.owner)
                    && b.link_density() < 0.2
                    && standfirst_like(b, summaries)
                    && !in_picture_box(dom, b.owner, frame)
                    && formulaic::formulaic(&b.text).is_none();
                if between && why.is_none() && !headline_like && b.chars >= 40 && b.link_density() < 0.5 && !formulaic::dateline_or_byline(&b.text) {
                    prose_after_headline += 1;
                }
                if lede {
                    kept_lede = true;
                    None
                } else {
                    Some(why.unwrap_or("outside the article"))
                }
            }
            Some(&c) => {
                let mut boiler = selection.and_then(|s| s.effective_boiler(b, Some(c), layout));
                // A box of the article that holds its headline is the article's header, whatever
                // its class says ("container-widget", "aside-layout"): its lede is text.
                if boiler.is_some() && headline != NONE && b.boilers.iter().any(|&(src, why)| header_mark(layout, src, why, headline)) {
                    let mut own = b.clone();
                    own.boilers.retain(|&(src, why)| !header_mark(layout, src, why, headline));
                    boiler = selection.and_then(|s| s.effective_boiler(&own, Some(c), layout));
                }
                let lede_teaser = boiler == Some("teaser")
                    && ((!seen_kept && b.chars >= 60 && b.link_density() < 0.2) || selection.is_some_and(|s| story_opening(s, b, c, layout)));
                if let Some(why) = boiler.filter(|_| !lede_teaser) {
                    Some(why)
                } else if b.kind == BlockKind::Caption || (b.heading == 0 && b.chars <= CAPTION_MAX && selection.is_some_and(|s| repeats_picture_text(dom, walk, s, i, &pictures))) {
                    Some("caption")
                } else if (b.heading == 1 && !h1_sections.contains(&c)) || (b.heading > 0 && (headline_text(&fold(&b.text), &title_f) || (!seen_kept && !title_seen && in_header(dom, b.owner, c)))) {
                    Some("title")
                } else if (b.link_density() > link_heavy(b) || (b.link_density() > 0.3 && b.chars < 80 && !linked_sentence(b))) && !(b.kind == BlockKind::Para && term_links_only(dom, b, term_classes.get_or_init(|| term_link_classes(dom, walk, containers)))) && !reference_item(dom, b) && !selection.is_some_and(|s| in_prose_list(dom, s, b)) {
                    Some("link-heavy line")
                } else if let Some(why) = formulaic::formulaic(&b.text) {
                    Some(why)
                } else if b.heading == 0 && (if b.kind == BlockKind::Item { formulaic::publication_stamp(&b.text) } else { formulaic::dateline_or_byline(&b.text) }) {
                    Some("byline")
                } else {
                    None
                }
            }
        };
        let reason = match reason {
            None if b.chars < 50 && last_kept == Some(b.text.as_str()) => Some("duplicate"),
            r => r,
        };
        if reason.is_none() {
            last_kept = Some(b.text.as_str());
            seen_kept = true;
            lede_box = if kept_lede { Some(dom.node(b.owner).parent) } else { None };
        }
        kept_lede = false;
        title_seen |= reason == Some("title");
        out.push(Verdict { block: i, removed: reason });
    }
    drop_pull_quotes(dom, walk, &mut out);
    if let Some(sel) = selection {
        drop_teaser_cards(dom, walk, sel, containers, &mut out);
        keep_linked_section_headings(dom, walk, sel, &mut out);
    }
    drop_list_labels(walk, &mut out);
    drop_chart_labels(walk, &mut out);
    // A heading that no kept text follows before the next heading or the end heads nothing
    // the reader gets: the subheadings of a paywalled article whose paragraphs are withheld,
    // a box's title whose content was left out. One over a picture, a table, a chart or a
    // formula heads that.
    let media: Vec<u32> = (0..dom.nodes.len())
        .filter(|&id| {
            let t = dom.tag(id as NodeId);
            matches!(t, "img" | "picture" | "figure" | "svg" | "table" | "math" | "video" | "iframe" | "canvas" | "pre" | "object" | "embed") || t.starts_with("mjx-")
        })
        .filter_map(|id| layout.pre.get(id).copied())
        .filter(|&r| r != u32::MAX)
        .collect::<std::collections::BTreeSet<u32>>()
        .into_iter()
        .collect();
    let mut next_heading: Option<u32> = None;
    // The level of the next heading kept (one that heads text): a section's heading right over
    // the heading of its first subsection (an h3 over an h4) heads that subsection, once the
    // story's text has begun (above it, a heading over a heading is a subtitle or a kicker, whatever lede
    // was kept outside the containers).
    let mut next_kept_level: Option<u8> = None;
    let first_text = out
        .iter()
        .position(|v| {
            let b = &walk.blocks[v.block];
            v.removed.is_none() && b.heading == 0 && containers.iter().any(|&c| layout.contains(c, b.owner))
        })
        .unwrap_or(usize::MAX);
    let mut text_follows = false;
    for (at, v) in out.iter_mut().enumerate().rev() {
        if v.removed.is_some() {
            continue;
        }
        let b = &walk.blocks[v.block];
        if b.heading > 0 {
            let heads_subsection = at > first_text && next_kept_level.is_some_and(|l| l > b.heading);
            if !text_follows && !heads_subsection {
                let end = next_heading.unwrap_or_else(|| {
                    containers.iter().find(|&&c| layout.contains(c, b.owner)).and_then(|&c| layout.end.get(c as usize).copied()).unwrap_or(u32::MAX)
                });
                let i = media.partition_point(|&r| r <= b.rank);
                if !media.get(i).is_some_and(|&r| r < end) {
                    v.removed = Some("heading without text");
                }
            }
            next_kept_level = v.removed.is_none().then_some(b.heading);
            text_follows = false;
            next_heading = Some(b.rank);
        } else {
            text_follows = true;
        }
    }
    out
}

/// Whether a block sits in a box classed `teaser` inside the container that holds two or more
/// long paragraphs of plain text: the story's opening that a metered paywall shows to everyone
/// (`div.teaser-content > div.article-body > p`, the rest of the body after it), not a card,
/// which holds one blurb.
fn story_opening(sel: &blocks::Selection, b: &blocks::Block, container: NodeId, layout: &blocks::Layout) -> bool {
    b.boilers.iter().any(|&(src, why)| {
        let i = src as usize;
        why == "teaser"
            && src != container
            && layout.contains(container, src)
            && sel.long_paras.get(i).is_some_and(|&n| n >= 2)
            && sel.link_len[i] * 10 < sel.text_len[i]
    })
}

/// A class mark of a box around the headline that names a kind of box, not a state of it.
fn header_mark(layout: &blocks::Layout, src: NodeId, why: &str, headline: NodeId) -> bool {
    matches!(why, "sidebar" | "teaser" | "promotion" | "related articles" | "advertisement") && layout.contains(src, headline)
}

/// Class words of a quotation's box.
const QUOTE: &[&str] = &["quote", "pullquote", "blockquote", "zitat", "citation", "cita", "quotation"];

/// The link density above which a block of the container is a link line (a list of
/// related stories, a menu) rather than text: a sentence of a dozen words or more whose
/// clauses are mostly links (sources cited inline: "Trump imposed tariffs on Mexican steel …,
/// prompting Mexico to …") is still text, unless it is all link.
fn link_heavy(b: &blocks::Block) -> f32 {
    if linked_sentence(b) {
        0.95
    } else {
        0.6
    }
}

/// The classes of the links inside the story's sentences (paragraphs of the containers with
/// 120 or more characters' weight and under a quarter of link text): sites that link names
/// and terms to their topic pages style those links with a class of their own, and a
/// paragraph made of such links (a list of towns after "宮崎県：") is text, not navigation.
fn term_link_classes(dom: &Dom, walk: &blocks::Walk, containers: &[NodeId]) -> Vec<String> {
    let layout = &walk.layout;
    let mut classes: Vec<String> = Vec::new();
    let mut seen = foldhash::HashSet::default();
    for b in &walk.blocks {
        if b.kind != BlockKind::Para || b.weight < 120 || b.link_chars == 0 || b.link_density() >= 0.25 || !seen.insert(b.owner) {
            continue;
        }
        if !containers.iter().any(|&c| layout.contains(c, b.owner)) {
            continue;
        }
        for c in link_classes(dom, b.owner).into_iter().flatten() {
            if !classes.contains(&c) {
                classes.push(c);
            }
        }
    }
    classes
}

/// The links under an element, each with its class (whitespace-normalised), if it has one.
fn link_classes(dom: &Dom, owner: NodeId) -> Vec<Option<String>> {
    dom.descendants(owner)
        .filter(|&id| dom.tag(id) == "a")
        .map(|id| dom.element(id).and_then(|e| e.attr("class")).map(|c| c.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|c| !c.is_empty()))
        .take(64)
        .collect()
}

/// Whether a paragraph's links are all term links (see [`term_link_classes`]).
fn term_links_only(dom: &Dom, b: &blocks::Block, classes: &[String]) -> bool {
    if classes.is_empty() || b.kind != BlockKind::Para {
        return false;
    }
    let links = link_classes(dom, b.owner);
    !links.is_empty() && links.iter().all(|c| c.as_ref().is_some_and(|c| classes.contains(c)))
}

/// Whether a list item cites a work (holds a `<cite>`): an entry of the article's references
/// or bibliography, whose title and source are links, is part of the article.
fn reference_item(dom: &Dom, b: &blocks::Block) -> bool {
    b.kind == BlockKind::Item && dom.descendants(b.owner).take(200).any(|id| dom.tag(id) == "cite")
}

/// Whether a list item belongs to a list of prose: three items or more, under a fifth of its
/// text in links. A link-only item there ("Here's our year in review!" among a blog post's
/// points) is one of the story's points, as Readability keeps it; a list of related stories or
/// a menu is mostly links.
fn in_prose_list(dom: &Dom, sel: &blocks::Selection, b: &blocks::Block) -> bool {
    if b.kind != BlockKind::Item {
        return false;
    }
    let mut id = b.owner;
    for _ in 0..3 {
        id = dom.node(id).parent;
        if id == NONE {
            return false;
        }
        if matches!(dom.tag(id), "ul" | "ol") {
            let i = id as usize;
            let items = dom.children(id).filter(|&c| dom.tag(c) == "li").take(3).count();
            return items >= 3 && sel.text_len.get(i).is_some_and(|&t| t >= 200 && sel.link_len[i] * 5 < t);
        }
    }
    false
}

/// A sentence of ten words or more, however many of its clauses are links ("A new law is set
/// to prevent any future government sidelining the OBR.", a standfirst linking its words).
fn linked_sentence(b: &blocks::Block) -> bool {
    b.chars >= 60 && ends_like_sentence(&b.text) && b.text.split_whitespace().count() >= 10
}

/// Takes out the labels of a chart drawn in HTML text inside the article (an ai2html graphic's
/// axis ticks and values, "$915", "’17", one a box): two or more kept in a row, none a table
/// cell (a table of figures is the article's), as [`lines::chart_figures`] reads them.
fn drop_chart_labels(walk: &blocks::Walk, verdicts: &mut [Verdict]) {
    let kept: Vec<usize> = (0..verdicts.len()).filter(|&i| verdicts[i].removed.is_none()).collect();
    let like: Vec<bool> = kept
        .iter()
        .map(|&i| {
            let b = &walk.blocks[verdicts[i].block];
            b.heading == 0 && b.kind != BlockKind::Cell && b.chars <= lines::CHART_LABEL_CHARS && lines::chart_figures(&b.text)
        })
        .collect();
    for k in lines::in_runs_of_two(&like) {
        verdicts[kept[k]].removed = Some("chart");
    }
}

/// Takes the labels of link lists out of the body where the story has ended: a short line
/// that no sentence ends, not a heading ("【関連記事】", "Weitere Informationen", "#Themen",
/// "企業："), followed at once by two or more lines that went as links (related stories, tags,
/// a menu), with no paragraph kept after it. A label over a label over a list goes too
/// ("関連企業・業界", "企業：", the tags). A table of contents' label over its links, before the
/// text, stays (Readability's gold keeps it).
fn drop_list_labels(walk: &blocks::Walk, verdicts: &mut [Verdict]) {
    const LABEL_MAX: usize = 40;
    let listed = |r: Option<&str>| matches!(r, Some("link-heavy line" | "related articles" | "navigation" | "tags" | "teaser" | "list label"));
    let mut run = 0usize; // removed list lines right after the block at hand
    let mut text_after = false; // a paragraph of text is kept after the block at hand
    for i in (0..verdicts.len()).rev() {
        let v = &verdicts[i];
        if v.removed.is_some() {
            run = if listed(v.removed) { run + 1 } else { 0 };
            continue;
        }
        let b = &walk.blocks[v.block];
        let t = b.text.trim_end();
        let label = b.heading == 0 && b.chars <= LABEL_MAX && b.link_density() < 0.5 && !t.ends_with(['.', '!', '?', '。', '！', '？', '…', '"', '”', '»']);
        if label && run >= 2 && !text_after {
            verdicts[i].removed = Some("list label");
            run += 1;
        } else {
            run = 0;
            text_after |= b.weight >= 80;
        }
    }
}

/// Takes pull quotes out of the body: a quotation set apart in a box (a `<blockquote>`, a box
/// classed `quote`, `pullquote`, `zitat`) that repeats words the story prints in a paragraph
/// of its own, before or after it. The box holds the quotation and at most a short line (the
/// speaker's name, "— Advocate Dali Mpofu"), which goes with it.
fn drop_pull_quotes(dom: &Dom, walk: &blocks::Walk, verdicts: &mut [Verdict]) {
    const MIN_CHARS: usize = 30;
    const ATTRIBUTION_MAX: usize = 80;
    let layout = &walk.layout;
    // The outermost quotation box near the text: the box of the quote and its speaker's lines
    // (`blockquote > div.pullquote > div.quote` + `div.source`).
    let quote_box = |id: NodeId| dom.ancestors(id).take(5).filter(|&a| dom.tag(a) == "blockquote" || blocks::named(dom, a, QUOTE)).last();
    // The characters of text in a box.
    let box_chars = |qb: NodeId| walk.blocks.iter().filter(|p| layout.contains(qb, p.owner)).map(|p| p.chars).sum::<usize>();
    let kept: Vec<(usize, String)> = verdicts.iter().filter(|v| v.removed.is_none()).map(|v| (v.block, fold(&walk.blocks[v.block].text))).collect();
    let mut boxes: Vec<NodeId> = Vec::new();
    for v in verdicts.iter_mut().filter(|v| v.removed.is_none()) {
        let b = &walk.blocks[v.block];
        let Some(qb) = quote_box(b.owner) else { continue };
        let f = fold(&b.text);
        if f.chars().count() < MIN_CHARS {
            continue;
        }
        // A quoted passage among other text (a letter, a table) is no pull quote.
        if box_chars(qb) > b.chars + ATTRIBUTION_MAX {
            continue;
        }
        let outside = |j: usize| j != v.block && !layout.contains(qb, walk.blocks[j].owner);
        let printed = |piece: &str| kept.iter().any(|(j, g)| outside(*j) && g.contains(piece));
        let pieces = quoted_sentences(&b.text);
        let repeated = printed(&f) || (!pieces.is_empty() && pieces.iter().all(|p| printed(p)));
        if repeated {
            v.removed = Some("pull quote");
            boxes.push(qb);
        }
    }
    for v in verdicts.iter_mut().filter(|v| v.removed.is_none()) {
        let b = &walk.blocks[v.block];
        if b.chars <= ATTRIBUTION_MAX && boxes.iter().any(|&qb| layout.contains(qb, b.owner)) {
            v.removed = Some("pull quote");
        }
    }
}

/// The sentences of a pull quote, folded, when it has two or more: the story often prints
/// them split by the attribution, over two paragraphs ("The sexy sells," added Baker. "The
/// upside sells. / "But folks don't talk about the downside," he added.), so the box repeats
/// the story when each sentence is found in it. Empty for a quotation of one sentence (the
/// whole must then be found) or with a sentence too short to tell.
fn quoted_sentences(text: &str) -> Vec<String> {
    const SENTENCE_MIN: usize = 10;
    let pieces: Vec<String> = text.split_inclusive(['.', '!', '?', '…', ';']).map(fold).filter(|p| !p.is_empty()).collect();
    if pieces.len() < 2 || pieces.iter().any(|p| p.chars().count() < SENTENCE_MIN) {
        return Vec::new();
    }
    pieces
}

/// Puts back a heading that is all link (a product or a source named by its link, "“Rez
/// Infinite” ($30)") when it heads the story's own text: the paragraph kept right after it
/// sits in the same box, and that box is the story's flow (as much text as a whole short
/// article), not a card holding one teaser.
fn keep_linked_section_headings(dom: &Dom, walk: &blocks::Walk, sel: &blocks::Selection, verdicts: &mut [Verdict]) {
    const FLOW_TEXT: u32 = 1500;
    const PARA_MIN: usize = 80;
    for i in 0..verdicts.len() {
        let b = &walk.blocks[verdicts[i].block];
        if verdicts[i].removed != Some("link-heavy line") || b.heading < 2 {
            continue;
        }
        let parent = dom.node(b.owner).parent;
        if parent == NONE || sel.text_len.get(parent as usize).is_none_or(|&t| t < FLOW_TEXT) {
            continue;
        }
        let next = verdicts[i + 1..].iter().find(|v| v.removed.is_none()).map(|v| &walk.blocks[v.block]);
        if next.is_some_and(|n| n.heading == 0 && n.kind == BlockKind::Para && n.chars >= PARA_MIN && dom.node(n.owner).parent == parent) {
            verdicts[i].removed = None;
        }
    }
}

/// Takes teaser cards out of the container: a box whose heading is a link to another page
/// (the heading itself went as a link-heavy line) holds that page's teaser, its standfirst
/// and credits, however plain their text. The card is the widest box around the heading,
/// inside the container, that holds little more text than a teaser.
fn drop_teaser_cards(dom: &Dom, walk: &blocks::Walk, sel: &blocks::Selection, containers: &[NodeId], verdicts: &mut [Verdict]) {
    const TEASER_TEXT: usize = 400;
    let layout = &walk.layout;
    let mut cards: Vec<NodeId> = Vec::new();
    for v in verdicts.iter() {
        let b = &walk.blocks[v.block];
        if v.removed != Some("link-heavy line") || b.heading == 0 {
            continue;
        }
        let Some(&c) = containers.iter().find(|&&c| layout.contains(c, b.owner)) else { continue };
        let card = dom
            .ancestors(b.owner)
            .skip(1)
            .take_while(|&a| a != c)
            .take(4)
            .take_while(|&a| sel.text_len.get(a as usize).is_some_and(|&t| (t as usize) <= b.chars + TEASER_TEXT))
            .last();
        // A teaser card shows the other page's picture, or is a list item or an article of
        // its own.
        let card = card.filter(|&card| matches!(dom.tag(card), "li" | "article") || dom.descendants(card).any(|d| matches!(dom.tag(d), "img" | "picture")));
        // It has one heading: a box with another, plain heading is the article's header (a
        // linked line under the headline is no card).
        let heading_of = |id: NodeId| dom.ancestors(id).take(12).find(|&a| matches!(dom.tag(a), "h1" | "h2" | "h3" | "h4" | "h5" | "h6"));
        let own = heading_of(b.owner);
        let card = card.filter(|&card| {
            !verdicts.iter().any(|w| {
                let o = &walk.blocks[w.block];
                w.removed.is_none() && o.heading > 0 && layout.contains(card, o.owner) && heading_of(o.owner) != own
            })
        });
        if let Some(card) = card {
            cards.push(card);
        }
    }
    if cards.is_empty() {
        return;
    }
    let in_card = |v: &Verdict| v.removed.is_none() && cards.iter().any(|&card| layout.contains(card, walk.blocks[v.block].owner));
    // A page made of cards is a list of teasers, all there is to read.
    let kept: usize = verdicts.iter().filter(|v| v.removed.is_none()).map(|v| walk.blocks[v.block].chars).sum();
    let carded: usize = verdicts.iter().filter(|v| in_card(v)).map(|v| walk.blocks[v.block].chars).sum();
    if carded * 2 > kept {
        return;
    }
    for v in verdicts.iter_mut() {
        if in_card(v) {
            v.removed = Some("teaser");
        }
    }
}

/// Takes the author's bio that closes an article in italics out of the body ("Manuela
/// Conrad ist ZDF-Reporterin für …", "Mamokete Modiba is a senior researcher with …"): at
/// most the last three kept blocks, each wholly in `<em>`/`<i>`, short, and saying who
/// someone is ([`formulaic::author_bio`]), after a story that is not in italics and that is
/// at least nine times as long. (Other closing notes in italics, "This article originally
/// appeared on …", stay: Readability's gold keeps them, fundus's drops them.)
fn drop_author_bios(dom: &Dom, walk: &blocks::Walk, verdicts: &mut [Verdict]) {
    const NOTE_MAX: usize = 500;
    let kept: Vec<usize> = (0..verdicts.len()).filter(|&i| verdicts[i].removed.is_none()).collect();
    let mut notes = Vec::new();
    for &i in kept.iter().rev().take(3) {
        let b = &walk.blocks[verdicts[i].block];
        if b.heading > 0 || b.chars > NOTE_MAX || !formulaic::author_bio(&b.text) || !wholly_emphasized(dom, b.owner) {
            break;
        }
        notes.push(i);
    }
    // The story before them is set in roman type, and much longer.
    let roman = kept.iter().rev().skip(notes.len()).take(3).any(|&i| !wholly_emphasized(dom, walk.blocks[verdicts[i].block].owner));
    let chars = |is: &mut dyn Iterator<Item = usize>| is.map(|i| walk.blocks[verdicts[i].block].chars).sum::<usize>();
    let (note_chars, all_chars) = (chars(&mut notes.iter().copied()), chars(&mut kept.iter().copied()));
    if roman && note_chars * 10 <= all_chars {
        for i in notes {
            verdicts[i].removed = Some("author bio");
        }
    }
}

/// Takes out the writer's name set alone in bold as the article's first or last paragraph
/// ("<p><strong>Mohloai Mpesi</strong></p>" over the story, "Lê Phương" under it): the
/// byline as small sites and blogs print it, where their metadata credits the site or a
/// staff account. A paragraph, wholly in `<strong>`/`<b>`, shaped as a name
/// ([`signed_name`]: none of its words printed in lower case in the story, so a bold
/// "Key Points" is not one), beside at least three paragraphs of story ten times as long.
/// Returns the name.
fn drop_signed_name(dom: &Dom, walk: &blocks::Walk, verdicts: &mut [Verdict]) -> Option<String> {
    const STORY_MIN: usize = 3;
    let kept: Vec<usize> = (0..verdicts.len()).filter(|&i| verdicts[i].removed.is_none()).collect();
    if kept.len() <= STORY_MIN {
        return None;
    }
    let story_words: std::collections::HashSet<&str> = kept.iter().flat_map(|&i| walk.blocks[verdicts[i].block].text.split(|c: char| !c.is_alphanumeric())).filter(|w| w.chars().next().is_some_and(char::is_lowercase)).collect();
    let all_chars: usize = kept.iter().map(|&i| walk.blocks[verdicts[i].block].chars).sum();
    for i in [kept[0], kept[kept.len() - 1]] {
        let b = &walk.blocks[verdicts[i].block];
        let lowered = |w: &str| story_words.contains(w.to_lowercase().as_str());
        if b.heading == 0 && b.kind == BlockKind::Para && b.chars * 11 <= all_chars && signed_name(&b.text) && !b.text.split_whitespace().any(lowered) && wholly_in(dom, b.owner, &["strong", "b"]) {
            verdicts[i].removed = Some("byline");
            return Some(b.text.trim().to_string());
        }
    }
    None
}

/// Whether a paragraph is shaped as a person's name, as a scrape's bare byline is
/// ([`super::headline::name_like`]: two to four capitalised words of letters, "Lê Phương",
/// "MTHOBISI SITHOLE").
fn signed_name(text: &str) -> bool {
    let text = text.trim();
    super::headline::name_like(text, &super::lines::info(text))
}

/// Whether all the text of an element is set in italics (`<em>`, `<i>`).
fn wholly_emphasized(dom: &Dom, id: NodeId) -> bool {
    wholly_in(dom, id, &["em", "i"])
}

/// Whether all the text of an element sits inside one of the inline elements `tags`.
fn wholly_in(dom: &Dom, id: NodeId, tags: &[&str]) -> bool {
    let mut any = false;
    for d in dom.descendants(id) {
        if let dom::Kind::Text(t) = &dom.node(d).kind {
            if t.trim().is_empty() {
                continue;
            }
            if !dom.ancestors(d).take_while(|&a| a != id).any(|a| tags.contains(&dom.tag(a))) {
                return false;
            }
            any = true;
        }
    }
    any
}

/// Takes agency sign-offs out of the body ([`formulaic::agency_signoff`]): a labelled one
/// ("Quelle: dpa") wherever it stands, a bare slash line ("sak/Reuters") when it closes the
/// article (among the last kept blocks; some sites set it as a small heading, an `<h5>`).
/// Returns the agencies they credit, in document order,
/// for the article's sources.
fn drop_sign_offs(walk: &blocks::Walk, verdicts: &mut [Verdict]) -> Vec<String> {
    let sign_off = |v: &Verdict| {
        let b = &walk.blocks[v.block];
        if v.removed.is_some() || b.heading == 1 {
            None
        } else {
            formulaic::agency_signoff(&b.text)
        }
    };
    let mut found: Vec<(usize, Vec<String>)> = Vec::new();
    let mut closing = true;
    for i in (0..verdicts.len()).rev() {
        if verdicts[i].removed.is_some() {
            continue;
        }
        match sign_off(&verdicts[i]) {
            Some(s) if closing || s.labelled => {
                verdicts[i].removed = Some("agency sign-off");
                found.push((i, s.agencies));
            }
            _ => closing = false,
        }
    }
    found.sort_by_key(|(i, _)| *i);
    let mut out: Vec<String> = Vec::new();
    for a in found.into_iter().flat_map(|(_, a)| a) {
        if !out.contains(&a) {
            out.push(a);
        }
    }
    out
}

/// The agencies the reprint or copyright blocks right under the article's last kept block
/// credit ([`super::REPRINT_REACH`]).
fn reprint_credits(walk: &blocks::Walk, verdicts: &[Verdict]) -> Vec<String> {
    let Some(last) = verdicts.iter().rposition(|v| v.removed.is_none()) else { return Vec::new() };
    verdicts[last + 1..].iter().take(super::REPRINT_REACH).filter(|v| v.removed == Some("copyright line")).flat_map(|v| crate::agencies::find_sources(&walk.blocks[v.block].text)).collect()
}

/// The article text stated by the page's JSON-LD (`articleBody`), when it is clearly the
/// fuller version of what the page shows: paywalled and client-rendered pages print a teaser
/// (or nothing) and ship the whole text in their structured data. Only a short shown body
/// (under `TEASER_MAX` in Latin-text characters) is replaced: a page that prints a long article
/// shows the version it means, even when its `articleBody` differs. The `articleBody` must be
/// at least twice as long as the shown body and hold most of its words, so that an unrelated
/// or summary `articleBody` never replaces real text.
const TEASER_MAX: usize = 1500;

/// Below this much shown text (in Latin-text characters), the page is taken to be rendered by
/// its scripts, and the article HTML is looked for in their data.
const HYDRATION_MIN: usize = 200;

/// The article of a page rendered in the browser: its markup has no article text, but a
/// script carries the article's HTML as a JSON string (framework hydration data such as
/// `{"contentHtml":"<p>…</p>"}`). Takes the string literal whose paragraphs weigh most, if it
/// holds at least a short article.
fn hydrated_body(html: &str) -> Option<Vec<String>> {
    const MIN_WEIGHT: usize = 400;
    let mut best: Option<(usize, Vec<String>)> = None;
    for code in inline_scripts(html) {
        for literal in json_strings(code) {
            let Ok(fragment) = serde_json::from_str::<String>(literal) else { continue };
            if !(fragment.contains("<p>") || fragment.contains("<p ") || fragment.contains("<br")) {
                continue;
            }
            let paragraphs = fragment_paragraphs(&fragment);
            let weight: usize = paragraphs.iter().map(|p| blocks::text_weight(p)).sum();
            if weight >= MIN_WEIGHT && best.as_ref().is_none_or(|(w, _)| weight > *w) {
                best = Some((weight, paragraphs));
            }
        }
    }
    best.map(|(_, p)| p)
}

/// The code of the page's inline scripts, read from the source (the DOM keeps no script
/// text), JSON-LD left out: it is read as metadata.
fn inline_scripts(html: &str) -> Vec<&str> {
    let lower = html.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(open) = lower[at..].find("<script").map(|i| at + i) {
        let Some(tag_end) = lower[open..].find('>').map(|i| open + i + 1) else { break };
        let Some(close) = lower[tag_end..].find("</script").map(|i| tag_end + i) else { break };
        let tag = &lower[open..tag_end];
        if !tag.contains("src=") && !tag.contains("ld+json") {
            out.push(&html[tag_end..close]);
        }
        at = close + 8;
    }
    out
}

/// The double-quoted string literals (quotes included) of script code that are long enough
/// to hold an article and mention a paragraph tag, escaped or not.
fn json_strings(code: &str) -> Vec<&str> {
    let bytes = code.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'"' {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        while i < bytes.len() && bytes[i] != b'"' {
            i += if bytes[i] == b'\\' { 2 } else { 1 };
        }
        if i >= bytes.len() {
            break;
        }
        let lit = &code[start..=i];
        if lit.len() > 500 && (lit.contains("\\u003cp") || lit.contains("<p")) {
            out.push(lit);
        }
        i += 1;
    }
    out
}

fn fuller_body(page: &meta::PageMeta, shown: &[String]) -> Option<Vec<String>> {
    let text = page.ld_article()?.get("articleBody")?.as_str()?;
    let paragraphs: Vec<String> = if text.contains("</p>") || text.contains("<br") {
        fragment_paragraphs(text)
    } else {
        // Plain text, where HTML entities ("&nbsp;", "&amp;") may still be left.
        text.lines()
            .map(|l| if l.contains('&') { blocks::normalize(&Dom::parse(l).text_of(ROOT)) } else { blocks::normalize(l) })
            .filter(|l| !l.is_empty())
            .collect()
    };
    let weight = |ps: &[String]| ps.iter().map(|p| blocks::text_weight(p)).sum::<usize>();
    let (full, now) = (weight(&paragraphs), weight(shown));
    if full < 200 || now >= TEASER_MAX || full < now * 2 {
        return None;
    }
    let words = |ps: &[String]| -> foldhash::HashSet<String> {
        ps.iter().flat_map(|p| p.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect::<Vec<_>>()).collect()
    };
    let (shown_words, full_words) = (words(shown), words(&paragraphs));
    let common = shown_words.iter().filter(|w| full_words.contains(*w)).count();
    if common * 5 < shown_words.len() * 4 {
        return None;
    }
    Some(paragraphs)
}

/// The text blocks of an HTML fragment (an `articleBody` written in HTML), boilerplate and
/// link lists left out.
fn fragment_paragraphs(html: &str) -> Vec<String> {
    let dom = Dom::parse(html);
    let walk = blocks::collect(&dom);
    walk.blocks
        .iter()
        .filter(|b| b.boiler.is_none() && b.kind != BlockKind::Caption && b.link_density() <= 0.6 && formulaic::formulaic(&b.text).is_none())
        .map(|b| b.text.clone())
        .collect()
}

/// Whether a block sits in a `<header>` inside the container: the article's headline area,
/// where a heading above the text is the headline as displayed (often worded otherwise than
/// the page's title), not a section heading of the text.
fn in_header(dom: &Dom, id: NodeId, container: NodeId) -> bool {
    dom.ancestors(id).take_while(|&n| n != container).take(12).any(|n| dom.tag(n) == "header")
}

/// Whether a heading's folded text is the headline: the title itself, or the title with a
/// kicker printed in the same heading ("Russland" + "Franzose war für Schweizer NGO tätig",
/// run together once the markup is gone), before or after it.
fn headline_text(heading: &str, title: &str) -> bool {
    if title.is_empty() {
        return false;
    }
    if heading == title {
        return true;
    }
    let extra = heading.chars().count().saturating_sub(title.chars().count());
    title.chars().count() >= 20 && extra <= 60 && (heading.ends_with(title) || heading.starts_with(title))
}

/// The page's own summaries of the article (meta and OpenGraph descriptions, the JSON-LD
/// `description`), folded: the standfirst printed under the headline is usually one of them.
fn page_summaries(page: &meta::PageMeta) -> Vec<String> {
    let mut out: Vec<String> = ["description", "og:description", "twitter:description"]
        .iter()
        .filter_map(|n| page.tags.get(*n))
        .map(|s| fold(s))
        .collect();
    if let Some(d) = page.ld_article().and_then(|v| v.get("description")).and_then(|v| v.as_str()) {
        out.push(fold(d));
    }
    out.retain(|s| s.chars().count() >= 40);
    out.dedup();
    out
}

/// Whether a prose block between the headline and the article text reads as its standfirst.
/// A paragraph ending like a sentence does; so does a sentence-long subtitle printed as an
/// `<h2>` or an abstract without a final full stop (common in Spanish, Italian and German
/// news), when it is what the page gives as its description, or clearly a sentence and not a
/// section heading (a dozen words or more).
fn standfirst_like(b: &blocks::Block, summaries: &[String]) -> bool {
    if b.heading == 0 && ends_like_sentence(&b.text) {
        return true;
    }
    let f = fold(&b.text);
    let described = f.chars().count() >= 40 && summaries.iter().any(|d| d.contains(&f) || f.contains(d.as_str()));
    let words = b.text.split_whitespace().count();
    // A heading closed by a full stop is a sentence, not a section's name.
    described || (words >= 12 && b.chars >= 80) || (words >= 8 && b.text.trim_end().ends_with('.'))
}

/// A caption is at most this long (characters).
const CAPTION_MAX: usize = 400;

/// What the page's pictures that carry no caption of their own say of themselves, folded,
/// with the `<img>` saying it: its `alt` and `title`, when long enough to be a description.
/// A picture in a `<figure>` with a `<figcaption>` has its caption; a paragraph after it
/// that repeats it is the story's own sentence.
fn picture_texts(dom: &Dom) -> Vec<(String, NodeId)> {
    let mut out: Vec<(String, NodeId)> = Vec::new();
    for id in dom.descendants(ROOT) {
        let Some(e) = dom.element(id).filter(|e| &*e.name == "img") else { continue };
        let captioned = dom.ancestors(id).take(8).find(|&a| dom.tag(a) == "figure").is_some_and(|f| dom.descendants(f).any(|d| dom.tag(d) == "figcaption"));
        if captioned {
            continue;
        }
        for s in e.attr("alt").into_iter().chain(e.attr("title")) {
            let f = fold(s);
            if f.chars().count() >= 12 {
                out.push((f, id));
            }
        }
    }
    out
}

/// Whether a block repeats the description of a picture next to it: a caption printed as a
/// paragraph under its picture (the `alt` text again, perhaps with the credit after it:
/// "Norbert Salcher, Schulleiter … © VS Tristach"; or the start of a `title` that adds the
/// credit: "… | MDR/Haupt"). Next to it: the block follows the picture with at most a short
/// line (a credit) between them, or the smallest box holding both holds little more text
/// than the caption. A paragraph of the story that a later picture's caption repeats is
/// neither.
fn repeats_picture_text(dom: &Dom, walk: &blocks::Walk, sel: &blocks::Selection, i: usize, pictures: &[(String, NodeId)]) -> bool {
    let b = &walk.blocks[i];
    let f = fold(&b.text);
    let n = f.chars().count();
    let layout = &walk.layout;
    n >= 12
        && pictures.iter().any(|(c, src)| {
            let m = c.chars().count();
            let same = f == *c || (f.starts_with(c.as_str()) && n - m <= 40) || (c.starts_with(f.as_str()) && n * 3 >= m * 2);
            if !same {
                return false;
            }
            let src_rank = layout.pre.get(*src as usize).copied().unwrap_or(u32::MAX);
            let follows = src_rank < b.rank && {
                let between: Vec<&blocks::Block> = walk.blocks[..i].iter().rev().take_while(|p| p.rank > src_rank).take(4).collect();
                between.len() < 4 && between.iter().all(|p| p.chars <= 80)
            };
            follows || {
                let around: Vec<NodeId> = dom.ancestors(*src).take(64).collect();
                let common = dom.ancestors(b.owner).take(64).find(|a| around.contains(a));
                common.is_some_and(|a| sel.text_len.get(a as usize).is_some_and(|&t| (t as usize) <= b.chars * 2 + 150))
            }
        })
}

/// Class words of a box printed as a level-1 heading without being one (`div.articleIdentH1`):
/// the headline, when the page's `<h1>` is elsewhere (in a breadcrumb), neither a lede nor the
/// text between the headline and the lede.
const H1: &[&str] = &["h1"];

/// Class words of a standfirst's box.
const STANDFIRST: &[&str] = &["lead", "lede", "dek", "deck", "standfirst", "intro", "subtitle", "subheadline", "excerpt", "summary", "chapo", "sapo"];

/// Whether a block's box (or its parent) is classed as a standfirst ("_lead_", "dek",
/// "standfirst").
fn standfirst_box(dom: &Dom, owner: NodeId) -> bool {
    dom.ancestors(owner).take(2).any(|a| blocks::named(dom, a, STANDFIRST))
}

/// The fewest characters of a lede: 60, or 40 in a box classed as a standfirst, where a
/// short sentence under the headline ("Nu ska hon och hennes dotter utvisas till Pakistan.")
/// is the lede by the page's own word.
fn lede_min(dom: &Dom, owner: NodeId) -> usize {
    if standfirst_box(dom, owner) {
        40
    } else {
        60
    }
}

/// Whether a block sits in the box of a picture (a gallery, an image or media frame, a
/// figure), up to the article's frame: the lead picture's caption and credit, printed in a
/// plain `<div>` between the headline and the text, is no standfirst.
fn in_picture_box(dom: &Dom, id: NodeId, frame: NodeId) -> bool {
    const PICTURE: &[&str] = &["image", "img", "photo", "foto", "gallery", "picture", "media", "figure", "video", "caption", "slideshow", "carousel"];
    dom.ancestors(id).take_while(|&n| n != frame).take(12).any(|n| dom.tag(n) == "figure" || blocks::named(dom, n, PICTURE))
}

fn ends_like_sentence(s: &str) -> bool {
    s.trim_end().ends_with(['.', '!', '?', '…', '»', '"', '”', '。'])
}

fn fold(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(|c| c.to_lowercase()).collect()
}

fn truncate(s: &str, max_chars: usize) -> String {
    match s.char_indices().nth(max_chars) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extracts_article_and_metadata() {
        let html = r##"<html lang="fr"><head><title>La guerre reprend | Le Journal</title>
<meta property="og:site_name" content="Le Journal">
<meta property="article:published_time" content="2024-04-10T08:00:00+02:00">
<meta name="author" content="Par Marie Dupont"></head><body>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/monde">Monde</a></li></ul></nav>
<article><h1>La guerre reprend</h1>
<div class="article-body"><p>Les combats ont repris mardi, selon plusieurs sources locales, dans la région contestée.</p>
<p>Le gouvernement a appelé au calme, tandis que les organisations humanitaires s'inquiètent du sort des civils.</p>
<div class="share"><a href="#">Partager</a></div>
<p>Les négociations, suspendues depuis un mois, pourraient reprendre la semaine prochaine à Genève.</p></div></article>
<footer><p>© Le Journal 2024</p></footer></body></html>"##;
        let a = extract(html);
        assert_eq!(a.title.as_deref(), Some("La guerre reprend"));
        assert_eq!(a.published.as_deref(), Some("2024-04-10"));
        assert_eq!(a.author.as_deref(), Some("Marie Dupont"));
        assert_eq!(a.site.as_deref(), Some("Le Journal"));
        assert_eq!(a.lang.as_deref(), Some("fr"));
        assert_eq!(a.body.len(), 3, "{:?}", a.body);
        assert!(a.body[0].starts_with("Les combats"));
        assert!(a.removed.iter().any(|r| r.text.contains("Partager")));
    }

    /// A blogging platform that prints each section head as an `<h1>` (Medium): the heads
    /// are the article's, the headline's copy over the text is not.
    #[test]
    fn h1_section_heads_are_text() {
        let p = "<p>Profiling a Node.js service in production used to mean a restart, a flag and a long wait for the problem to come back.</p>";
        let html = format!(
            r##"<html><head><title>CPU profiling in production</title></head><body><article>
<h1>CPU profiling in production</h1>{p}<h1>Why monitoring matters</h1>{p}{p}
<h1>What about existing solutions?</h1>{p}<h1>Profiling on demand</h1>{p}{p}</article></body></html>"##
        );
        let a = extract(&html);
        assert_eq!(a.title.as_deref(), Some("CPU profiling in production"));
        assert_eq!(a.body.iter().filter(|b| b.starts_with("Profiling a Node")).count(), 6, "{:?}", a.body);
        for head in ["Why monitoring matters", "What about existing solutions?", "Profiling on demand"] {
            assert!(a.body.iter().any(|b| b == head), "{head}: {:?}", a.body);
        }
        assert!(!a.body.iter().any(|b| b == "CPU profiling in production"), "{:?}", a.body);
    }

    /// The article's header box classed like a widget holds the headline and the lede: the
    /// lede is text; a widget of the article that does not hold the headline is still chrome.
    #[test]
    fn lede_in_a_widget_classed_header_kept() {
        let html = r##"<html lang="no"><head><title>Kvinne i 20-årene døde på fjelltur: – Tragisk ulykke</title></head><body>
<article class="article"><div class="g94 col fl container-widget"><header class="article-header"><h1 class="title">Kvinne i 20-årene døde på fjelltur: – Tragisk ulykke</h1>
<div class="text-body article-lead"><p>Kvinnen falt på tur ned fra fjellet fredag kveld. Pårørende er varslet.</p></div></header></div>
<div class="article-body"><p>Politiet melder at en kvinne i 20-årene fra Vestvågøy døde på fjelltur ved Higravtind på Vågan i Nordland.</p>
<p>Kvinnen skal ha falt på tur ned fra fjellet. Det er foreløpig ukjent hvor langt hun har falt, sier politiet til NRK søndag.</p>
<p>– Det ble sendt både luftambulanse og redningshelikopter til stedet. Det ble etter kort tid konstatert at vedkommende var død.</p></div>
<div class="related-widget"><p>Her pleier båten til Lars Egil å duppe i vatnet, og her er det steinørken så langt øyet rekker.</p></div></article></body></html>"##;
        let a = extract(html);
        assert_eq!(a.body.first().map(String::as_str), Some("Kvinnen falt på tur ned fra fjellet fredag kveld. Pårørende er varslet."), "{:?}", a.body);
        assert_eq!(a.body.len(), 4, "{:?}", a.body);
    }

    /// The standfirst as an `<h2>` sentence after the headline, past a picture's credit, the
    /// byline, the date and share buttons (more than eight blocks), is the lede; the related
    /// headlines of a sidebar before it are not.
    #[test]
    fn lede_past_byline_date_and_share_buttons_kept() {
        let html = r##"<html lang="en"><head><title>Gauteng flood warning</title></head><body><main>
<h1>Gauteng flood warning</h1>
<div class="author-sidebar"><p><a href="/author/x">By Enkosi Selane</a></p><p>Journalist</p><p>4 minute read</p><p>28 November 2025</p><p>03:26 pm</p>
<h3>RELATED ARTICLES</h3><h2><a href="/a">Fochville and Kokosi water crisis deepens as desperate residents queue for water.</a></h2><h2><a href="/b">Growing sinkhole in Khutsong South ignored</a></h2></div>
<div class="share"><a href="/s1">Share</a> <a href="/s2">Tweet</a></div>
<div class="single-excerpt"><h2>MEC Mamabolo urged the public to limit travel during severe weather conditions.</h2></div>
<div class="single-content"><p>The South African Weather Service has issued an orange level 6 warning for disruptive rain over parts of Gauteng on Friday afternoon and evening.</p>
<p>Residents in low-lying areas and informal settlements are urged to move to higher ground, and motorists should avoid flooded roads and bridges.</p>
<p>Emergency services said they were on standby across the province, with teams ready to respond to calls from the affected communities.</p></div></main></body></html>"##;
        let a = extract(html);
        assert_eq!(a.body.first().map(String::as_str), Some("MEC Mamabolo urged the public to limit travel during severe weather conditions."), "{:?}", a.body);
        assert!(a.body.iter().all(|p| !p.contains("Fochville")), "{:?}", a.body);
    }

    /// A short sentence whose words are mostly links is text (a BBC standfirst); a short
    /// line of links that is not a sentence is not.
    #[test]
    fn short_linked_sentence_kept() {
        let html = r##"<html lang="en"><head><title>OBR to get new powers</title></head><body><article><h1>OBR to get new powers</h1>
<div class="text"><p><b>A new law is set to <a href="/news/obr">prevent any future government sidelining the OBR</a>.</b></p>
<p>The Office for Budget Responsibility would be given powers to make judgements on any major taxation or spending announcements.</p>
<p>The chancellor said the move would restore trust in the public finances after the turmoil of the autumn of 2022.</p>
<p><a href="/news/budget">Budget 2024</a> and <a href="/news/obr">OBR</a></p>
<p>Critics argued the watchdog already had most of the powers it needed and that the bill changed little in practice.</p></div></article></body></html>"##;
        let a = extract(html);
        assert_eq!(a.body.first().map(String::as_str), Some("A new law is set to prevent any future government sidelining the OBR."), "{:?}", a.body);
        assert!(a.body.iter().all(|p| !p.starts_with("Budget 2024")), "{:?}", a.body);
    }

    /// The agencies' sign-off that closes a news story ("sak/Reuters") and a labelled credit
    /// ("Quelle: dpa") leave the body, and their agencies go to the sources; a sentence of
    /// the article that mentions Reuters stays.
    #[test]
    fn agency_sign_off_to_sources() {
        let html = r##"<html lang="de"><head><title>Fed räumt Fehler bei Aufsicht über SVB ein</title></head><body>
<article><h1>Fed räumt Fehler bei Aufsicht über SVB ein</h1>
<div class="article-body"><p>Die US-Notenbank Fed hat in einem Untersuchungsbericht eigene Versäumnisse bei der Aufsicht über die zusammengebrochene Silicon Valley Bank eingeräumt.</p>
<p>Wie die Nachrichtenagentur Reuters aus Kreisen der Bank erfuhr, hatten Mitarbeitende schon 2021 vor den Zinsrisiken gewarnt.</p>
<p>Quelle: dpa</p>
<p>Barr bezeichnete den Untersuchungsbericht als »unerschrocken«. Erwartungen an die Aufsehenden seien gestiegen, mehr Beweise vor dem Ergreifen von Maßnahmen zu sammeln.</p>
<p>sak/Reuters</p></div></article></body></html>"##;
        let a = extract(html);
        assert_eq!(a.body.len(), 3, "{:?}", a.body);
        assert!(a.body[1].contains("Nachrichtenagentur Reuters"));
        assert!(a.body.iter().all(|p| p != "sak/Reuters" && p != "Quelle: dpa"), "{:?}", a.body);
        assert_eq!(a.sources, vec!["DPA", "Reuters"]);
        assert!(a.removed.iter().any(|r| r.text == "sak/Reuters" && r.reason == "agency sign-off"));
    }

    /// A reprint line right under the article leaves the body and credits its agency; the
    /// JSON-LD's provider is listed once, in the credits' short form ("dpa" is "DPA").
    #[test]
    fn reprint_line_and_provider_to_sources() {
        let html = r##"<!DOCTYPE html><html lang="fr"><head><title>Blinken appelle à cesser les hostilités</title></head><body>
<nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article><h1>Blinken appelle à cesser les hostilités</h1>
<p>Le secrétaire d'État américain Antony Blinken a appelé mardi l'Arménie et l'Azerbaïdjan à cesser immédiatement les hostilités, après des combats meurtriers à leur frontière commune dans la nuit.</p>
<p>« Je resterai en contact étroit avec les deux dirigeants à l'avenir, et mon espoir est que nous puissions faire passer le conflit à la table des négociations », a-t-il déclaré lors d'une conférence de presse.</p>
<p>La Russie a négocié dans la nuit un accord de cessez-le-feu qui devait entrer en vigueur dans la matinée. Cependant, les combats à différents endroits de la frontière se sont poursuivis.</p>
<p>Reprinted with permission from RFE/RL Copyright(c)2007 Radio Free Europe / Radio Liberty, Inc.</p>
</article>
<footer><p>Mentions légales</p></footer></body></html>"##;
        let a = extract(html);
        assert_eq!(a.body.len(), 3, "{:?}", a.body);
        assert_eq!(a.sources, vec!["RFE/RL"]);
        let with_provider = html.replace("<title>", r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Blinken appelle à cesser les hostilités","provider":"dpa"}</script><title>"#).replace("Reprinted with permission from RFE/RL Copyright(c)2007 Radio Free Europe / Radio Liberty, Inc.", "© dpa-infocom, dpa:240429-99-845777/5 (dpa)");
        assert_eq!(extract(&with_provider).sources, vec!["DPA"]);
        // Under the site's menus, far from the article, the line credits nothing.
        let far = html.replace("<p>Reprinted", "</article><nav><a href=\"/a\">Contact</a></nav><nav><a href=\"/b\">Plan du site</a></nav><p>Reprinted");
        assert_eq!(extract(&far).sources, Vec::<String>::new());
    }

    /// The standfirst as an `<h2>` subtitle with no final full stop, and the lead picture's
    /// caption in a gallery `<div>` (not a `<figure>`) between the headline and the text.
    #[test]
    fn subtitle_standfirst_kept_picture_caption_not() {
        let html = r##"<html lang="es"><head><title>Condenan al exministro Eduardo Zaplana a diez años de cárcel</title></head><body>
<article><header><h1>Condenan al exministro Eduardo Zaplana a diez años de cárcel</h1>
<h2 class="voc-subtitle">La Audiencia de Valencia considera a quien fuera presidente de la Generalitat autor de los delitos de prevaricación, cohecho y blanqueo</h2>
<div class="gallery"><div class="detail-img"><img src="z.jpg"><div class="detail-img__description"><div>Eduardo Zaplana, expresidente de la Generalitat, a su llegada a la Audiencia de Valencia durante una de las sesiones del juicio del caso Erial en Valencia</div></div></div></div></header>
<div class="voc-d"><p>La Audiencia Provincial de Valencia ha condenado al exministro y expresidente de la Generalitat Eduardo Zaplana a diez años y cinco meses de prisión por el caso Erial.</p>
<p>El tribunal le impone además una multa de 25 millones de euros al considerar probado que ocultó en el extranjero una fortuna procedente de las mordidas.</p>
<p>La sentencia, que puede ser recurrida ante el Tribunal Supremo, absuelve a otros acusados del procedimiento por falta de pruebas.</p>
<p>Según el fallo, Zaplana cobró comisiones por la adjudicación de las estaciones de la Inspección Técnica de Vehículos y del plan eólico valenciano, y escondió el dinero en Luxemburgo, Andorra y Panamá con la ayuda de testaferros.</p>
<p>Los magistrados consideran probado, además, que el exministro mantuvo el control de esos fondos durante años, incluso mientras ocupaba cargos en el Gobierno y en el Partido Popular, y que los repatrió en parte a través de sociedades instrumentales.</p></div></article></body></html>"##;
        let a = extract(html);
        assert!(a.body[0].starts_with("La Audiencia de Valencia considera"), "{:?}", a.body);
        assert!(!a.body.iter().any(|p| p.contains("a su llegada")), "{:?}", a.body);
        assert_eq!(a.body.len(), 6, "{:?}", a.body);
    }

    /// The headline as displayed in the article's header: worded otherwise than the page's
    /// title, or the title with its kicker run into it; the subtitle under a headline stays.
    #[test]
    fn displayed_headline_is_no_paragraph() {
        let body = r##"<p>Ein russisches Gericht hat den Franzosen Laurent Vinatier zu drei Jahren Haft verurteilt, wie die Nachrichtenagentur AFP aus dem Gerichtssaal berichtete.</p>
<p>Vinatier arbeitete für eine Schweizer Nichtregierungsorganisation und soll Informationen über das russische Militär gesammelt haben, ohne sich als ausländischer Agent registriert zu haben.</p>
<p>Der Franzose hatte sich vor Gericht schuldig bekannt und um Nachsicht gebeten; die Staatsanwaltschaft hatte drei Jahre und drei Monate Haft gefordert.</p>
<p>Frankreichs Präsident Emmanuel Macron hatte die Festnahme im Sommer scharf kritisiert und die Freilassung seines Landsmanns verlangt.</p>"##;
        let page = |header: &str| format!(r##"<html lang="de"><head><meta property="og:title" content="Laurent Vinatier: Franzose in Russland zu drei Jahren Haft"></head><body><article><header>{header}</header>{body}</article></body></html>"##);
        // Another wording than the title, with a kicker.
        let a = extract(&page("<h2><span>Russland</span>Franzose war für Schweizer NGO tätig – drei Jahre Haft</h2>"));
        assert!(a.body[0].starts_with("Ein russisches Gericht"), "{:?}", a.body);
        // The title with its kicker.
        let a = extract(&page("<h2><span>Urteil in Moskau</span>Laurent Vinatier: Franzose in Russland zu drei Jahren Haft</h2>"));
        assert!(a.body[0].starts_with("Ein russisches Gericht"), "{:?}", a.body);
        // A subtitle under the headline is the standfirst.
        let a = extract(&page("<h1>Laurent Vinatier: Franzose in Russland zu drei Jahren Haft</h1><h2>Der Mitarbeiter einer Schweizer NGO soll Informationen über das Militär gesammelt haben</h2>"));
        assert!(a.body[0].starts_with("Der Mitarbeiter einer Schweizer NGO"), "{:?}", a.body);
    }

    /// A caption printed as a plain `<div>` under its picture repeats the picture's `alt`
    /// text (here with the credit after it); a paragraph of the story that a later
    /// picture's `alt` repeats stays (9News prints the sentence, then the picture).
    #[test]
    fn caption_repeating_alt_text() {
        let p = |i: usize| format!("<p>Paragraph {i}: the smoke from the forest fire drifted over the valley again on Monday, and the schools stayed half empty.</p>");
        let html = format!(
            r##"<html lang="de"><body><article><h1>Rauch über Tristach</h1><div class="article-body">{}{}
<div class="not-prose"><img src="a.jpg" alt="Norbert Salcher, Schulleiter der Volksschule Tristach, empfing am Montag nur 14 von 75 Kindern">
<div class="ml-3"><small>Norbert Salcher, Schulleiter der Volksschule Tristach, empfing am Montag nur 14 von 75 Kindern</small> <small>&#169; VS Tristach</small></div></div>
<p>Ninette Simons is still bruised but is bravely sharing her story and pleading for help in finding her attackers.</p>{}
<figure><img src="b.jpg" alt="Ninette Simons is still bruised but is bravely sharing her story and pleading for help in finding her attackers."></figure>{}</div></article></body></html>"##,
            p(0), p(1), p(2), p(3)
        );
        let a = extract(&html);
        assert!(!a.body.iter().any(|t| t.contains("Salcher")), "{:?}", a.body);
        assert!(a.removed.iter().any(|r| r.reason == "caption" && r.text.contains("VS Tristach")));
        assert!(a.body.iter().any(|t| t.starts_with("Ninette Simons")), "{:?}", a.body);
        assert_eq!(a.body.len(), 5, "{:?}", a.body);
    }

    /// A pull quote (a `<blockquote>` repeating a sentence of a paragraph, with the speaker's
    /// name under it, as the Kicker prints them) leaves the body; a quotation that the story
    /// prints only once stays.
    #[test]
    fn pull_quote_left_out() {
        let html = r##"<html lang="de"><body><article><h1>Schubert übernimmt</h1><div class="kick__article__content">
<p>Nach der Trennung von Cheftrainer Fabian Hürzeler übernimmt Uwe Schubert bis zum Saisonende und will die Mannschaft noch einmal aufrichten.</p>
<blockquote class="kick__article__zitat"><p>Ich werde die Spieler an ihrer Ehre packen, dass wir bis zum Schluss alles geben.</p><div class="kick__article__bq__per"><div class="kick__article__bq__per__name">Interimstrainer Uwe Schubert</div></div></blockquote>
<p>Schubert sagte am Freitag: "Ich werde die Spieler an ihrer Ehre packen, dass wir bis zum Schluss alles geben." Die Mannschaft habe Charakter, es fehle nur an Selbstvertrauen.</p>
<blockquote><p>Wir haben in den letzten Wochen zu viele einfache Gegentore bekommen, das muss aufhören.</p></blockquote>
<p>Am Sonntag empfängt der Klub den Tabellennachbarn, ein Sieg würde den Abstand auf die Abstiegsplätze deutlich vergrößern.</p></div></article></body></html>"##;
        let a = extract(html);
        assert!(!a.body.iter().any(|t| t.starts_with("Ich werde") || t.contains("Interimstrainer")), "{:?}", a.body);
        assert!(a.removed.iter().any(|r| r.reason == "pull quote" && r.text == "Interimstrainer Uwe Schubert"));
        assert!(a.body.iter().any(|t| t.starts_with("Wir haben in den letzten Wochen")), "{:?}", a.body);
        assert_eq!(a.body.len(), 4, "{:?}", a.body);
    }

    /// A pull quote whose sentences the story prints split by the attribution ("The sexy
    /// sells," added Baker. "The upside sells. …") is a repeat too, with the speaker's lines;
    /// a quotation of several sentences that the story does not print stays.
    #[test]
    fn pull_quote_split_by_attribution_left_out() {
        let html = r##"<html lang="en"><body><article><h1>Crypto investors</h1><div class="ArticleBody-articleBody">
<p>About a third of new crypto investors in 2022 used a friend's suggestion as their primary reason for buying, according to the regulator's foundation.</p>
<p>"The sexy sells," added Baker, a member of the Advisor Council. "The upside sells.</p>
<p>"But folks don't talk about the downside," he added.</p>
<blockquote><div class="Pullquote-pullquote"><div class="Pullquote-quote">The sexy sells. The upside sells. But folks don't talk about the downside.</div><div class="Pullquote-source">Lee Baker</div><div class="Pullquote-info">CFP and founder of Apex Financial Services</div></div></blockquote>
<p>Investors who bought at the peak have seen their holdings fall by more than half, and many have not sold since then.</p>
<blockquote><p>We bought at the top. Nobody told us the price could fall so far.</p></blockquote>
<p>Advisers say a small share of a portfolio is the most that most savers should put into such assets, if any at all.</p></div></article></body></html>"##;
        let a = extract(html);
        assert!(!a.body.iter().any(|t| t.starts_with("The sexy sells") || t == "Lee Baker" || t.starts_with("CFP")), "{:?}", a.body);
        assert!(a.body.iter().any(|t| t.starts_with("We bought at the top")), "{:?}", a.body);
        assert_eq!(a.body.len(), 6, "{:?}", a.body);
    }

    /// The opening paragraphs of a story printed in a box classed `teaser` (what a metered
    /// paywall shows to everyone, the rest of the body after it) are the story; a teaser card
    /// of another story in the body, with its one blurb, is not.
    #[test]
    fn story_opening_in_teaser_box_kept() {
        let html = r##"<html lang="en"><body><main><article class="grid-article"><h1>Severe storms threaten the central states</h1><div class="grid-body">
<div class="teaser-content"><div class="article-body"><p>Friday marks day two of a four-day-long barrage of severe storms set to threaten the central states, with the potential for strong tornadoes, hail and flooding rain.</p>
<p>Rotating thunderstorms or supercells are expected from Nebraska and Iowa as far south as the Ozarks of eastern Oklahoma and northwest Arkansas, forecasters said on Friday.</p></div></div>
<div class="remainder-content"><div class="article-body"><p>The storms will shift east on Saturday, bringing the threat of damaging winds to the Mississippi Valley, where the ground is already saturated after a wet spring.</p>
<div class="teaser"><h3><a href="/weather/heat">Heat wave grips the South</a></h3><p>Temperatures are expected to climb above 100 degrees in parts of Texas and Louisiana this weekend, officials warned.</p></div>
<p>Sunday brings a final round of storms to the Great Lakes and the Ohio Valley before calmer weather settles in early next week, the forecasters added.</p></div></div>
</div></article></main></body></html>"##;
        let a = extract(html);
        assert!(a.body.iter().any(|t| t.starts_with("Friday marks")), "{:?}", a.body);
        assert!(a.body.iter().any(|t| t.starts_with("Rotating thunderstorms")), "{:?}", a.body);
        assert!(!a.body.iter().any(|t| t.starts_with("Temperatures")), "{:?}", a.body);
        assert_eq!(a.body.len(), 4, "{:?}", a.body);
    }

    /// A short standfirst under the headline is the lede when its class names it one; a
    /// short line there without such a class (a kicker, a credit) is not. A standfirst of two
    /// paragraphs in one box is the lede whole.
    #[test]
    fn short_classed_standfirst_is_lede() {
        let body = "<p>Enligt Migrationsverket har Sara och hennes dotter inte rätt till uppehållstillstånd, varken som skyddsbehövande eller som flyktingar, och de ska lämna landet.</p><p>Sara flydde från sin familj efter flera år av hot och våld, berättar hon för tidningen i sitt nya hem i en liten stad i norra Sverige.</p><p>Hon har överklagat beslutet men väntar fortfarande på besked, och oron växer för varje dag som går utan svar.</p>";
        let page = |class: &str| format!(r##"<html lang="sv"><body><article><header><h1>Lämnade efter hedersförtryck</h1><p class="{class}">Sara blev bortgift som 17-åring till en man i Sverige och skilde sig efter år av våld.</p><p class="{class}">Nu ska hon och hennes dotter utvisas till Pakistan.</p></header><div class="article-body">{body}</div></article></body></html>"##);
        let a = extract(&page("_lead_16k26_2 layout-component"));
        assert!(a.body[0].starts_with("Sara blev bortgift"), "{:?}", a.body);
        assert_eq!(a.body.get(1).map(String::as_str), Some("Nu ska hon och hennes dotter utvisas till Pakistan."), "{:?}", a.body);
        let a = extract(&page("layout-component"));
        assert!(a.body[0].starts_with("Sara blev bortgift"), "{:?}", a.body);
        assert!(a.body[1].starts_with("Enligt"), "{:?}", a.body);
    }

    /// A headline printed in a box classed `h1` (the page's `<h1>` being in the breadcrumb) is
    /// not taken for the lede, and the standfirst under it is.
    #[test]
    fn headline_in_h1_classed_box_is_no_lede() {
        let html = r##"<html lang="de"><head><meta property="og:title" content="Lego feiert Star-Wars-Tag: Viele neue Sets"></head><body><ol class="crumbs"><li><h1>Lego feiert Star-Wars-Tag: Alle Angebote</h1></li></ol><article><div class="clearfix"><div class="head"><div class="articleIdentH1">May the 4th be with you: Lego feiert den Star-Wars-Tag mit neuen Sets und exklusiven Geschenken</div></div>
<div class="articleContent"><div class="share"><a href="#">Teilen</a></div><div class="leadIn"><p>Bald heißt es wieder „May the 4th be with you“! Lego wartet zum Star-Wars-Tag am 4. Mai schon im Vorfeld mit zahlreichen Angeboten auf.</p></div>
<div class="textBlock"><p>Vom 1. bis zum 8. Mai gibt es im Lego-Onlineshop und in den Stores neue Sets, dazu kommen exklusive Geschenke ab einem bestimmten Einkaufswert, teilte das Unternehmen mit.</p><p>Wer Mitglied im VIP-Programm ist, bekommt außerdem doppelte Punkte auf alle Star-Wars-Sets, und das während der ganzen Aktionswoche, hieß es weiter.</p></div></div></div></article></body></html>"##;
        let a = extract(html);
        assert!(a.body[0].starts_with("Bald heißt es"), "{:?}", a.body);
        assert!(!a.body.iter().any(|t| t.starts_with("May the 4th")), "{:?}", a.body);
    }

    /// A fact box inside the story stays out of the body even when it holds most of the page's
    /// prose (the full transcript of the speech the story reports on): inside the article's
    /// container, the container is the page's wrapper, not the box.
    #[test]
    fn long_fact_box_in_story_left_out() {
        let speech: String = (1..=12).map(|i| format!("<p>'My Government will introduce measure number {i} to strengthen the economy and the public services of the country.</p>")).collect();
        let html = format!(r##"<html lang="en"><body><article><h1>King's speech summary</h1><div class="article-body">
<p>Labour has announced sweeping changes in its first King's Speech, including confirmation of VAT on private school fees, and plans to build new homes.</p>
<p>The new government will focus on security, fairness and opportunity for all, the King said, in his speech for the State Opening of Parliament.</p>
<p>Every policy will be fully costed, he said, swiping at a former prime minister whose tax cuts caused turmoil in the markets.</p>
<div class="metro-factbox"><h2 class="metro-factbox-title">The King's Speech full transcript</h2><div class="metro-factbox-content">{speech}</div></div>
</div></article></body></html>"##);
        let a = extract(&html);
        assert!(!a.body.iter().any(|t| t.contains("My Government") || t.contains("transcript")), "{:?}", a.body);
        assert_eq!(a.body.len(), 3, "{:?}", a.body);
    }

    /// A teaser card inside the story (rbb24: a list item with the other story's picture, its
    /// linked headline and its standfirst) leaves the body with its standfirst; a page made
    /// of such cards keeps them (a list of teasers is all it has to read).
    #[test]
    fn teaser_card_left_out() {
        let p = |i: usize| format!("<p>Paragraph {i}: the old hotel opened its doors again for one night, and the audience walked from the cellar to the roof terrace.</p>");
        let card = |t: &str| format!(r##"<li><div class="image-container"><a href="/kultur/{t}.html"><picture><img src="h.jpg" alt=""></picture></a></div><h3><a href="/kultur/{t}.html"><span>Interview | {t} in Eisenhüttenstadt</span></a></h3><div class="manualteasershorttext"><p>Das Hotel war einst das kulturelle Herz der Stadt. Nun erweckt eine Theatervorstellung das Haus wieder zum Leben.</p></div></li>"##);
        let html = format!(
            r##"<html lang="de"><body><article><h1>Die Ruine wird zur Theaterbühne</h1><div class="textblock">{}{}<section class="articlescontlist"><ul>{}</ul></section>{}{}</div></article></body></html>"##,
            p(0), p(1), card("Hotel Lunik"), p(2), p(3)
        );
        let a = extract(&html);
        assert_eq!(a.body.len(), 4, "{:?}", a.body);
        assert!(a.removed.iter().any(|r| r.reason == "teaser" && r.text.starts_with("Das Hotel war einst")));
        let cards: String = ["Lunik", "Rosenhof", "Oderblick", "Stadthalle"].iter().map(|t| card(t)).collect();
        let html = format!(r##"<html><body><main><ul>{cards}</ul></main></body></html>"##);
        assert!(extract(&html).body.iter().any(|t| t.starts_with("Das Hotel war einst")));
    }

    /// The author's bio closing the story in italics (ZDF, before the agency credit) leaves
    /// the body; a closing line in italics that says no trade stays.
    #[test]
    fn closing_author_bio_left_out() {
        let p = |i: usize| format!("<p>Paragraph {i}: at the end of his speech the Kremlin chief announced two new holidays with resounding names for the republics.</p>");
        let story: String = (0..8).map(p).collect();
        let page = |bio: &str| format!(r##"<html lang="de"><body><main><div class="c10o8fzf">{story}<p><em>{bio}</em></p><div>Quelle: dpa</div></div></main></body></html>"##);
        let a = extract(&page("Manuela Conrad ist ZDF-Reporterin für das Berichtsgebiet Russland, Kaukasus und Zentralasien."));
        assert_eq!(a.body.len(), 8, "{:?}", a.body);
        assert!(a.removed.iter().any(|r| r.reason == "author bio"));
        let a = extract(&page("Ben Silverman is on Twitter at ben_silverman."));
        assert_eq!(a.body.len(), 9, "{:?}", a.body);
    }

    /// The writer's name alone in bold over the story is its byline: out of the body, and the
    /// author where the metadata credits the site; a bold subhead ("Words of wisdom") and a
    /// bold "Key Points" whose words the story prints in lower case stay.
    #[test]
    fn bold_name_over_story_is_byline() {
        let p = |i: usize| format!("<p>Paragraph {i}: in the heart of the country, where tales of struggle and resilience are woven into the key points of daily life, a young lawyer grew up.</p>");
        let story: String = (0..6).map(p).collect();
        let page = |name: &str| format!(r##"<html><head><meta property="og:site_name" content="Lesotho Times"><script type="application/ld+json">{{"@type":"NewsArticle","author":{{"@type":"Person","name":"Lesotho Times"}}}}</script></head><body><article><p><strong>{name}</strong></p>{story}<p><b>Words of wisdom</b></p>{story}</article></body></html>"##);
        let a = extract(&page("Mohloai Mpesi"));
        assert_eq!(a.author.as_deref(), Some("Mohloai Mpesi"));
        assert_eq!(a.body.len(), 13, "{:?}", a.body);
        let a = extract(&page("Key Points"));
        assert_eq!(a.author.as_deref(), Some("Lesotho Times"));
        assert_eq!(a.body.len(), 14, "{:?}", a.body);
        assert!(!signed_name("Words of wisdom") && signed_name("MTHOBISI SITHOLE") && signed_name("Lê Phương"));
    }

    /// A sentence whose clauses are mostly links (sources cited inline, as Mexico News
    /// Daily does) is text; a line that is all link is not.
    #[test]
    fn linked_sentence_is_text() {
        let p = |i: usize| format!("<p>Paragraph {i}: the government said on Monday that the talks would go on, and that no date had been set.</p>");
        let html = format!(
            r##"<html><body><article><h1>Tariffs</h1><div class="content">{}{}<p><a href="/a">Trump imposed tariffs on Mexican steel and aluminum in 2018 during his first term as president</a>, <a href="/b">prompting Mexico to implement a range of retaliatory measures</a> including duties on U.S. pork.</p>{}<p><a href="/c">Sheinbaum says Mexico will respond to any new tariffs with its own measures.</a></p></div></article></body></html>"##,
            p(0), p(1), p(2)
        );
        let a = extract(&html);
        assert!(a.body.iter().any(|t| t.starts_with("Trump imposed tariffs")), "{:?}", a.body);
        assert!(!a.body.iter().any(|t| t.starts_with("Sheinbaum says")), "{:?}", a.body);
    }

    /// A paragraph made of links styled like the term links of the story's sentences (a list
    /// of towns, each linked to its topic page) is text; one of links styled otherwise (tags,
    /// other stories) still goes.
    #[test]
    fn term_links_are_text() {
        let t = |w: &str| format!(r#"<a href="//www.example.jp/topics/word/{w}.html" class="eWgMZ">{w}</a>"#);
        let p = |i: usize| format!("<p>{}は13日、午後9時19分ごろ、日向灘で震度5弱の地震があったと発表した。震源の深さは約30キロ、地震の規模は6.9と推定される。第{i}報。</p>", t("気象庁"));
        let html = format!(
            r##"<html lang="ja"><body><article><h1>宮崎県で震度5弱</h1><div class="body">{}{}<p>＜震度5弱＞</p><p>宮崎県：{}、{}、{}</p>{}<p><a href="/tags/a" class="tag">地震</a>、<a href="/tags/b" class="tag">津波</a></p></div></article></body></html>"##,
            p(1), p(2), t("高鍋町"), t("新富町"), t("宮崎市"), p(3)
        );
        let a = extract(&html);
        assert!(a.body.iter().any(|b| b.starts_with("宮崎県：高鍋町")), "{:?}", a.body);
        assert!(!a.body.iter().any(|b| b.contains("津波")), "{:?}", a.body);
    }

    /// The article's references (list items citing a work) stay however much of them is links;
    /// a list of links to other pages still goes.
    #[test]
    fn references_are_text() {
        let p = |i: usize| format!("<p>Paragraph {i}: a time loop is a plot device in which characters relive a period of time, repeatedly, and try to escape it.</p>");
        let html = format!(
            r##"<html><body><article><h1>Time loops</h1><div class="content">{}{}{}<h2>References</h2><ol class="references"><li id="cite_note-1"><a href="#cite_ref-1">^</a> <cite class="citation web"><a href="https://example.com/review">"Review: One-Minute Time Machine"</a>. <a href="/wiki/Example_Times">Example Times</a>.</cite></li></ol><ul class="list"><li><a href="/wiki/Groundhog_Day">Groundhog Day and other films</a></li><li><a href="/wiki/Palm_Springs">Palm Springs and other films</a></li></ul></div></article></body></html>"##,
            p(1), p(2), p(3)
        );
        let a = extract(&html);
        assert!(a.body.iter().any(|b| b.contains("One-Minute Time Machine")), "{:?}", a.body);
        assert!(!a.body.iter().any(|b| b.contains("Palm Springs")), "{:?}", a.body);
    }

    /// The label of the related-stories list under the story (Nikkei's "【関連記事】") goes
    /// with the list; a table of contents' label before the text stays.
    #[test]
    fn list_label_left_out() {
        let p = |i: usize| format!("<p>第{i}段落。イオン銀行は14日、同日付で社長を解任する人事を発表した。金融庁から受けたマネーロンダリング対策の不備を巡る経営責任を明確にする。</p>");
        let links = |n: usize| -> String { (0..n).map(|i| format!(r#"<li><a href="/a{i}">・関連する記事の見出し {i} 金融庁、改善命令</a></li>"#)).collect() };
        let html = format!(
            r##"<html lang="ja"><body><article><h1>イオン銀行社長解任</h1><section class="body"><p>目次</p><ul>{}</ul>{}{}{}{}<div class="container_cck592u"><p>【関連記事】</p><ul>{}</ul></div></section></article></body></html>"##,
            links(3), p(1), p(2), p(3), p(4), links(3)
        );
        let a = extract(&html);
        assert!(!a.body.iter().any(|t| t == "【関連記事】"), "{:?}", a.body);
        assert!(a.body.iter().any(|t| t == "目次"), "{:?}", a.body);
    }

    /// A headline printed in the breadcrumb (Die Welt's `<h1>`), menus after it: the
    /// standfirst in the article's header is still the lede.
    #[test]
    fn lede_after_breadcrumb_headline() {
        let menu: String = (0..12).map(|i| format!(r#"<li><a href="/r{i}">Ressort {i}</a></li>"#)).collect();
        let p = |i: usize| format!("<p>Absatz {i}: Das Statistische Bundesamt musste verkünden, dass die Wirtschaft im ersten Quartal stagnierte, und Experten hatten mit mehr gerechnet.</p>");
        let html = format!(
            r##"<html lang="de"><head><title>Konjunktur: Deutschland ist Schlusslicht in Europa</title></head><body><div class="c-breadcrumb"><ol><li><h1>Konjunktur: Deutschland ist Schlusslicht in Europa</h1></li></ol></div><nav><ul>{menu}</ul></nav>
<main><article><header><div class="c-summary"><div class="c-summary__intro">Die deutsche Wirtschaft stagniert, während andere europäische Volkswirtschaften im ersten Quartal positiv überraschen.</div></div></header><div class="c-article-text">{}{}{}{}</div></article></main></body></html>"##,
            p(0), p(1), p(2), p(3)
        );
        let a = extract(&html);
        assert!(a.body[0].starts_with("Die deutsche Wirtschaft stagniert"), "{:?}", a.body);
    }

    /// A fact box inside the article (`infobox`, `factbox`): background figures set apart
    /// from the story, no paragraph of it.
    #[test]
    fn fact_box_left_out() {
        let html = r##"<html lang="de"><head><title>Jobturbo für Geflüchtete</title></head><body><article><h1>Jobturbo für Geflüchtete</h1>
<div class="copytext"><p>Die Bundesagentur für Arbeit will Geflüchtete aus der Ukraine schneller in Arbeit bringen und setzt dabei auf engere Betreuung in den Jobcentern.</p>
<p>In Hessen haben nach Angaben der Regionaldirektion bislang rund ein Fünftel der erwerbsfähigen Geflüchteten eine Stelle gefunden, viele davon in Teilzeit.</p>
<div class="infobox copytext__clearBox"><h3 class="infobox__title">Ukraine-Geflüchtete in Hessen</h3><p class="infobox__text">Unter den rund 89.500 Ukraine-Geflüchteten in Hessen sind rund 65.500 Menschen im erwerbsfähigen Alter zwischen 15 und 65 Jahren.</p></div>
<p>Arbeitgeberverbände begrüßen den Vorstoß, mahnen aber schnellere Verfahren bei der Anerkennung ausländischer Berufsabschlüsse an.</p>
<p>Die Gewerkschaften warnen dagegen davor, Geflüchtete in schlecht bezahlte Jobs zu drängen, statt sie gezielt weiterzubilden.</p></div></article></body></html>"##;
        let a = extract(html);
        assert_eq!(a.body.len(), 4, "{:?}", a.body);
        assert!(!a.body.iter().any(|p| p.contains("89.500") || p.contains("Ukraine-Geflüchtete in Hessen")), "{:?}", a.body);
    }

    /// The subheadings of a paywalled article whose paragraphs are withheld head no text;
    /// a subheading over a picture heads that.
    #[test]
    fn heading_without_text_left_out() {
        let page = |after: &str| format!(r##"<html lang="de"><head><title>Hitze dämpft den Appetit beim Street Food Festival in Witten</title></head><body><article><h1>Hitze dämpft den Appetit beim Street Food Festival in Witten</h1>
<div class="article-body"><p>Witten. Zum zweiten Mal sind die Food-Trucks nach Witten gekommen. Die Besucher konnten sich über alle Kontinente schlemmen. Was gab es auf die Gabel?</p>
<h2>Spezialitäten von allen Kontinenten</h2>{after}<h2>Auch Österreich ist vertreten</h2>{after}</div></article></body></html>"##);
        let a = extract(&page(""));
        assert_eq!(a.body.len(), 1, "{:?}", a.body);
        let a = extract(&page(r#"<img src="truck.jpg" alt="">"#));
        assert_eq!(a.body.len(), 3, "{:?}", a.body);
    }

    /// A section's heading right over its first subsection's heading heads that subsection;
    /// above the story's text, a heading over a heading is no section.
    #[test]
    fn section_heading_over_subsection_kept() {
        let p = |i: usize| format!("<p>Item {i}: the team landed a patch that makes the updater wait while another instance of the browser is running.</p>");
        let html = format!(
            r##"<html><body><article><h1>These weeks in the browser</h1><div class="entry-content"><h3>Highlights</h3>{}{}<h3>Project Updates</h3><h4>Fission</h4>{}<h4>Printing</h4>{}</div></article></body></html>"##,
            p(1), p(2), p(3), p(4)
        );
        let a = extract(&html);
        assert!(a.body.iter().any(|t| t == "Project Updates"), "{:?}", a.body);
        assert!(a.body.iter().any(|t| t == "Fission"), "{:?}", a.body);
    }

    /// A link-only item of a list of prose (a blog post's points) is one of the points; a list
    /// of links to other stories still goes.
    #[test]
    fn link_item_of_a_prose_list_kept() {
        let p = |i: usize| format!("<p>Paragraph {i}: the browser team spent the last two weeks fixing bugs, and shipped a number of changes.</p>");
        let li = |i: usize| format!("<li>Point {i}: we have just landed <a href=\"/bug/{i}\">Bug {i}</a>, which keeps an update from starting while another instance is running.</li>");
        let html = format!(
            r##"<html><body><article><h1>These weeks in the browser</h1><div class="entry-content">{}<ul><li><a href="/blog/year-in-review">Here is our year in review!</a></li>{}{}{}</ul>{}<ul><li><a href="/story/1">Another story about browsers</a></li><li><a href="/story/2">A second story about updates</a></li><li><a href="/story/3">A third story about patches</a></li></ul></div></article></body></html>"##,
            p(1), li(1), li(2), li(3), p(2)
        );
        let a = extract(&html);
        assert!(a.body.iter().any(|t| t == "Here is our year in review!"), "{:?}", a.body);
        assert!(!a.body.iter().any(|t| t.contains("Another story")), "{:?}", a.body);
    }

    /// The labels of a chart drawn in HTML text (axis ticks, values) are no paragraphs; a table
    /// of figures is the article's.
    #[test]
    fn chart_labels_left_out() {
        let p = |i: usize| format!("<p>Paragraph {i}: interest on the debt is set to overtake military spending within a few years, the budget office said.</p>");
        let ticks: String = ["$915", "600", "$263", "0", "’17", "’18", "’19", "’20"].iter().map(|t| format!(r#"<div class="g-text"><p>{t}</p></div>"#)).collect();
        let html = format!(
            r##"<html><body><article><h1>Interest on the debt</h1><div class="story-body">{}<section class="interactive-graphic"><div class="g-artboard">{ticks}</div></section>{}<table><tr><td>2017</td><td>$263</td></tr><tr><td>2028</td><td>$915</td></tr></table>{}</div></article></body></html>"##,
            p(1), p(2), p(3)
        );
        let a = extract(&html);
        assert!(!a.body.iter().any(|t| t == "’17"), "{:?}", a.body);
        assert!(a.body.iter().any(|t| t == "2028"), "{:?}", a.body);
        assert!(a.body.last().is_some_and(|t| t.starts_with("Paragraph 3")), "{:?}", a.body);
    }

    /// A heading that is all link heads the story's text when a paragraph of the story's flow
    /// follows it in the same box (a list article's products); a teaser card's linked heading
    /// still goes with its card.
    #[test]
    fn linked_section_heading_kept() {
        let p = |i: usize| format!("<p>Paragraph {i}: this game puts you inside a pulsing light show, and it is the best reason yet to own the headset.</p>");
        let html = format!(
            r##"<html><body><article><h1>The 8 coolest VR games</h1><div class="body">{}<h3><a href="https://shop.example/rez">“Rez Infinite” ($30)</a></h3>{}<h3><a href="https://shop.example/thumper">“Thumper” ($20)</a></h3>{}<div class="card"><img src="x.jpg"><h3><a href="/other-story">Another story about headsets</a></h3><p>A short blurb of the other story, on another page.</p></div></div></article></body></html>"##,
            (1..6).map(p).collect::<String>(),
            (6..11).map(p).collect::<String>(),
            (11..16).map(p).collect::<String>()
        );
        let a = extract(&html);
        assert!(a.body.iter().any(|t| t == "“Rez Infinite” ($30)"), "{:?}", a.body);
        assert!(!a.body.iter().any(|t| t.contains("Another story")), "{:?}", a.body);
    }

    #[test]
    fn teaser_replaced_by_structured_body() {
        let full = "The council voted on Tuesday to rebuild the old bridge, after years of delays and rising costs.\\nEngineers said the work would take two years &amp; cost more than planned, and that traffic would be diverted.\\nResidents welcomed the decision, though some worried about noise during the night works.";
        let html = format!(r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle","headline":"Bridge","articleBody":"{full}"}}</script></head>
<body><article><h1>Bridge</h1><div class="paywall"><p>The council voted on Tuesday to rebuild the old bridge, after years of delays and rising costs.</p></div></article></body></html>"#);
        let a = extract(&html);
        assert_eq!(a.body.len(), 3, "{:?}", a.body);
        assert!(a.body[1].contains("two years & cost"));
        // A long shown article is kept even when its articleBody is longer.
        let long: String = (0..12).map(|i| format!("<p>Paragraph {i} of the shown article, with enough words and commas, clauses, and facts to count.</p>")).collect();
        let html = format!(r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle","articleBody":"{}"}}</script></head><body><article>{long}</article></body></html>"#, full.repeat(10));
        assert!(extract(&html).body[0].starts_with("Paragraph 0"));
    }

    #[test]
    fn hydration_data_when_markup_is_empty() {
        let para = "The council voted on Tuesday to rebuild the old bridge, after years of delays and rising costs.";
        let html = format!(r#"<html><body><div id="root"></div><script>window.__DATA__ = {{"article":{{"contentHtml":"\u003cp\u003e{para}\u003c/p\u003e\u003cp class=\"x\"\u003e{para} Engineers agreed.\u003c/p\u003e\u003cp\u003e{para} Residents too.\u003c/p\u003e\u003cp\u003e{para} Work starts soon.\u003c/p\u003e"}}}};</script></body></html>"#);
        let a = extract(&html);
        assert_eq!(a.body.len(), 4, "{:?}", a.body);
        assert!(a.body[1].ends_with("Engineers agreed."));
    }

    /// A page stating its date nowhere else: the date opening the short line under its
    /// headline.
    #[test]
    fn date_printed_under_the_headline() {
        let story: String = (0..3).map(|i| format!("<p>药品保供稳价工作会议在北京召开，会议强调要全力保障临床用药需求，第{i}段落内容继续展开说明相关政策措施。</p>")).collect();
        let html = format!("<html><head><title>短缺药品保供稳价 全力保障临床用药需求-新华网</title></head><body><h1><span class=\"title\">短缺药品保供稳价 全力保障临床用药需求</span></h1><div class=\"info\">2023-11-17 20:52:15 <span>来源： 新华网</span></div><div class=\"main\">{story}</div></body></html>");
        assert_eq!(extract(&html).published.as_deref(), Some("2023-11-17"));
        // A date further down, in the story, is not the page's.
        let html = format!("<html><body><h1>Headline</h1><p>The council met on Monday to discuss the budget, which is due to be voted on next month, and the new bus lines.</p><p>2023-11-17: the vote.</p></body></html>");
        assert_eq!(extract(&html).published, None);
    }

    /// A story's first paragraphs each in a box of their own (`div.firstPar > p`) beside the
    /// body's box, a related-links box between: the article's opening.
    #[test]
    fn opening_paragraphs_each_in_a_box_of_their_own_kept() {
        let para = |i: usize| format!("<p>The ambulance service said on Monday, in a statement, that paragraph {i} of the story had been read, checked and kept.</p>");
        let firsts: String = ["firstPar", "secondPar", "thirdPar"].iter().enumerate().map(|(i, c)| format!("<div class=\"{c}\">{}</div>", para(i))).collect();
        let rest: String = (3..9).map(para).collect();
        let html = format!(
            "<html><body><div class=\"story\"><h1>Contest leaves two in hospital</h1><div id=\"mainBodyArea\">{firsts}<div class=\"related_links\"><ul><li><a href=\"/a\">Gypsy flag to fly above town</a></li><li><a href=\"/b\">Water column forms over Lake Michigan</a></li></ul></div><div class=\"body\">{rest}</div></div></div></body></html>"
        );
        let a = extract(&html);
        assert_eq!(a.body.len(), 9, "{:?}", a.body);
        assert!(a.body[0].contains("paragraph 0"), "{:?}", a.body);
    }

    /// A page that appends the next story under its own (infinite scroll, as Dagbladet does):
    /// two `<article>`s with their own headline in one `<main>`; the page's story is the first.
    #[test]
    fn next_story_below_is_not_the_article() {
        let story = |h: &str, words: &str| {
            let p: String = (0..4).map(|i| format!("<p>{words}, paragraph {i}, with enough words, commas and clauses to be read as prose by the scorer.</p>")).collect();
            format!("<article><h1>{h}</h1>{p}</article>")
        };
        let html = format!(
            "<html><body><main>{}<div class=\"under-article\">{}</div></main></body></html>",
            story("North Korea condemns the strike", "Pyongyang condemned the strike on Sunday"),
            story("Solskjaer linked to United again", "The former manager is said to be in talks")
        );
        let a = extract(&html);
        assert_eq!(a.body.len(), 4, "{:?}", a.body);
        assert!(a.body.iter().all(|p| p.starts_with("Pyongyang")), "{:?}", a.body);
        // One full article among teasers without headlines of their own: left as it was.
        let html = format!("<html><body><main>{}<article><p>Short teaser.</p></article></main></body></html>", story("Only story", "The council voted"));
        assert!(extract(&html).body.iter().any(|p| p.starts_with("The council voted")));
    }

    /// A "Read more" fold (as on the Herald Sun): the first paragraphs straight in the story
    /// box, the rest in a wrapper after the button and an ad. Both halves are the article.
    #[test]
    fn read_more_fold() {
        let p = |i: usize| format!("<p>Paragraph {i} of the story, in which the minister's advisers, the editors and the lawyers met again, and disagreed about the bill.</p>");
        let lead: String = (0..3).map(p).collect();
        let rest: String = (3..9).map(p).collect();
        let html = format!(
            "<html><body><div id=\"story\"><div class=\"story-body\">{lead}<div id=\"read-more\"><div id=\"read-more-link\"><a href=\"\">Read more</a></div><div id=\"middleAd\"><div class=\"ad-block\"></div></div><div id=\"read-more-content\">{rest}</div></div></div></div></body></html>"
        );
        let a = extract(&html);
        assert_eq!(a.body.len(), 9, "{:?}", a.body);
        assert!(a.body[0].starts_with("Paragraph 0"));
    }

    /// A science magazine's author list: one `dc.creator` tag per author, "Last, First".
    #[test]
    fn scholarly_author_tags() {
        let body: String = (0..4).map(|i| format!("<p>Paragraph {i} of the paper's summary, with enough words, commas and clauses to be read as prose.</p>")).collect();
        let html = format!(r#"<html><head><meta name="dc.creator" content="Cui, Jirong"><meta name="dc.creator" content="Zou, Ren"><meta name="citation_author" content="Cui, Jirong"></head><body><article>{body}</article></body></html>"#);
        assert_eq!(extract(&html).author.as_deref(), Some("Jirong Cui, Ren Zou"));
    }

    #[test]
    fn empty_and_garbage() {
        assert!(!extract("").errors.is_empty());
        let a = extract("<div><p> <b><i>");
        assert!(a.errors.iter().any(|e| e.contains("no article text")));
    }
}
