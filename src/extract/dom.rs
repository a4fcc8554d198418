//! A compact arena DOM built from html5ever's tree builder.
//!
//! Why not `markup5ever_rcdom`: reference-counted nodes drop recursively (a page nested
//! 100,000 deep overflows the stack) and cost an allocation per node. Here nodes live in one
//! `Vec`, linked by `u32` indices (parent, first/last child, previous/next sibling), so every
//! traversal is a loop over indices and dropping the tree is dropping a vector.
//!
//! What the extractor never reads is not kept: comments, processing instructions, doctype,
//! and the text inside script/style/noscript/template/svg/math and other non-content
//! elements (except JSON-LD scripts, whose text is metadata). Attributes are kept only for
//! the names the extractor looks at.

use std::borrow::Cow;
use std::cell::RefCell;

use html5ever::interface::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::interface::ElemName;
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::{local_name, ns, Attribute, LocalName, Namespace, ParseOpts, QualName};

/// Index of a node in [`Dom::nodes`]; [`NONE`] marks a missing link.
pub type NodeId = u32;
pub const NONE: NodeId = u32::MAX;
/// The document node is always the first one.
pub const ROOT: NodeId = 0;

#[derive(Debug, Clone)]
pub enum Kind {
    Document,
    Element(Element),
    Text(String),
    /// Comments, processing instructions and template fragments: never attached.
    Ignored,
}

#[derive(Debug, Clone)]
pub struct Element {
    pub name: LocalName,
    /// Not an HTML element (svg, math): its content is skipped.
    pub foreign: bool,
    /// Its text is not content (script, style, ...).
    pub skip: bool,
    pub attrs: Vec<(LocalName, String)>,
}

impl Element {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(n, _)| &**n == name).map(|(_, v)| v.as_str())
    }
}

#[derive(Debug, Clone)]
pub struct Node {
    pub parent: NodeId,
    pub first_child: NodeId,
    pub last_child: NodeId,
    pub prev: NodeId,
    pub next: NodeId,
    pub kind: Kind,
}

impl Node {
    fn new(kind: Kind) -> Node {
        Node { parent: NONE, first_child: NONE, last_child: NONE, prev: NONE, next: NONE, kind }
    }
}

#[derive(Debug, Default)]
pub struct Dom {
    pub nodes: Vec<Node>,
}

/// Attributes the extractor reads; the others are dropped while parsing.
const KEPT_ATTRS: &[&str] = &[
    "class", "id", "itemprop", "itemtype", "itemscope", "role", "rel", "href", "property", "name",
    "content", "datetime", "type", "lang", "hidden", "style", "aria-hidden", "http-equiv", "charset",
    "data-component", "data-testid", "pubdate", "title", "xml:lang", "alt",
];

/// Deepest element nesting handed to html5ever. Its tree builder scans the stack of open
/// elements for every tag, which is quadratic on a page nested 100,000 deep; no real page
/// nests deeper than a few hundred.
const MAX_DEPTH: usize = 512;

/// Tags that never stay open (void) or that the parser closes implicitly at the next sibling:
/// they do not deepen the tree, whatever the markup says.
fn flat_tag(name: &[u8]) -> bool {
    matches!(
        name,
        b"area" | b"base" | b"br" | b"col" | b"embed" | b"hr" | b"img" | b"input" | b"link" | b"meta" | b"param"
            | b"source" | b"track" | b"wbr" | b"p" | b"li" | b"dt" | b"dd" | b"option" | b"tr" | b"td" | b"th"
            | b"keygen" | b"frame"
    )
}

fn raw_text_tag(name: &[u8]) -> bool {
    matches!(name, b"script" | b"style" | b"textarea" | b"title" | b"xmp" | b"iframe" | b"noembed" | b"noframes" | b"plaintext")
}

/// Drops the start and end tags nested deeper than `limit` (their text stays), with a light
/// linear scan of the markup. Returns the input untouched when nothing is that deep.
pub fn cap_depth(html: &str, limit: usize) -> Cow<'_, str> {
    let b = html.as_bytes();
    let n = b.len();
    let mut out: Option<String> = None;
    let mut copied = 0usize; // bytes of `html` already copied into `out`
    let mut depth = 0usize;
    let mut i = 0usize;
    let find = |from: usize, pat: &[u8]| -> Option<usize> {
        if from >= n {
            return None;
        }
        b[from..].windows(pat.len()).position(|w| w == pat).map(|p| p + from)
    };
    while i < n {
        let Some(lt) = b[i..].iter().position(|&c| c == b'<').map(|p| p + i) else { break };
        i = lt + 1;
        if i >= n {
            break;
        }
        if b[i..].starts_with(b"!--") {
            i = find(i + 3, b"-->").map_or(n, |p| p + 3);
            continue;
        }
        if b[i] == b'!' || b[i] == b'?' {
            i = b[i..].iter().position(|&c| c == b'>').map_or(n, |p| p + i + 1);
            continue;
        }
        let closing = b[i] == b'/';
        let name_start = if closing { i + 1 } else { i };
        if name_start >= n || !b[name_start].is_ascii_alphabetic() {
            continue;
        }
        let mut j = name_start;
        while j < n && (b[j].is_ascii_alphanumeric() || b[j] == b'-' || b[j] == b':') {
            j += 1;
        }
        let name = html[name_start..j].to_ascii_lowercase();
        // End of the tag, skipping quoted attribute values.
        let mut k = j;
        let mut quote = 0u8;
        while k < n {
            let c = b[k];
            if quote != 0 {
                if c == quote {
                    quote = 0;
                }
            } else if c == b'"' || c == b'\'' {
                quote = c;
            } else if c == b'>' {
                break;
            }
            k += 1;
        }
        let tag_end = (k + 1).min(n);
        let self_closing = k > 0 && k <= n && b[k - 1] == b'/';
        let flat = flat_tag(name.as_bytes()) || self_closing;
        let drop = if closing {
            if flat {
                false
            } else {
                let d = depth > limit;
                depth = depth.saturating_sub(1);
                d
            }
        } else if flat {
            false
        } else {
            depth += 1;
            depth > limit
        };
        if drop {
            let o = out.get_or_insert_with(|| String::with_capacity(n));
            o.push_str(&html[copied..lt]);
            copied = tag_end;
        }
        i = tag_end;
        if !closing && raw_text_tag(name.as_bytes()) {
            // Skip raw text up to the matching end tag (case-insensitive).
            let close = format!("</{name}");
            let mut p = i;
            loop {
                match b[p.min(n)..].iter().position(|&c| c == b'<').map(|q| q + p) {
                    Some(q) if b[q..].len() >= close.len() && b[q..q + close.len()].eq_ignore_ascii_case(close.as_bytes()) => {
                        i = q;
                        break;
                    }
                    Some(q) => p = q + 1,
                    None => {
                        i = n;
                        break;
                    }
                }
            }
        }
    }
    match out {
        Some(mut o) => {
            o.push_str(&html[copied..]);
            Cow::Owned(o)
        }
        None => Cow::Borrowed(html),
    }
}

/// Elements whose content is never article text.
fn skipped_element(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("script")
            | local_name!("style")
            | local_name!("noscript")
            | local_name!("template")
            | local_name!("svg")
            | local_name!("math")
            | local_name!("iframe")
            | local_name!("object")
            | local_name!("embed")
            | local_name!("canvas")
            | local_name!("video")
            | local_name!("audio")
            | local_name!("select")
            | local_name!("textarea")
            | local_name!("button")
            | local_name!("head")
    ) || &**name == "title"
}

impl Dom {
    /// Parses a whole page. Never fails: html5ever recovers from any input.
    pub fn parse(html: &str) -> Dom {
        let html = cap_depth(html, MAX_DEPTH);
        let sink = Sink { nodes: RefCell::new(vec![Node::new(Kind::Document)]) };
        let parser = html5ever::parse_document(sink, ParseOpts::default());
        parser.one(StrTendril::from_slice(&html))
    }

    pub fn element(&self, id: NodeId) -> Option<&Element> {
        match self.nodes.get(id as usize).map(|n| &n.kind) {
            Some(Kind::Element(e)) => Some(e),
            _ => None,
        }
    }

    /// The element's local name, or "" for other nodes.
    pub fn tag(&self, id: NodeId) -> &str {
        self.element(id).map(|e| &*e.name).unwrap_or("")
    }

    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id as usize]
    }

    /// `id` and its ancestors, nearest first, up to the document.
    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors((id != NONE).then_some(id), move |&n| Some(self.node(n).parent).filter(|&p| p != NONE))
    }

    /// Nodes of the subtree under `root` (itself included) in document order, without recursion.
    pub fn descendants(&self, root: NodeId) -> Descendants<'_> {
        Descendants { dom: self, root, next: root, last: NONE }
    }

    /// Children of `id`, in order.
    pub fn children(&self, id: NodeId) -> Children<'_> {
        Children { dom: self, next: self.nodes.get(id as usize).map_or(NONE, |n| n.first_child) }
    }

    /// The text content of a subtree (skipped elements left out), whitespace kept as is.
    pub fn text_of(&self, root: NodeId) -> String {
        self.text_of_without(root, |_| false)
    }

    /// [`Dom::text_of`] without the elements below `root` that `left_out` names (each
    /// replaced by a space, so that the words around it stay apart).
    pub fn text_of_without(&self, root: NodeId, left_out: impl Fn(NodeId) -> bool) -> String {
        let mut out = String::new();
        let mut it = self.descendants(root);
        while let Some(id) = it.next() {
            match &self.node(id).kind {
                Kind::Text(t) => out.push_str(t),
                Kind::Element(e) if e.skip || e.foreign => it.skip_children(),
                Kind::Element(_) if id != root && left_out(id) => {
                    out.push(' ');
                    it.skip_children();
                }
                _ => {}
            }
        }
        out
    }

    /// The first element named `name` in document order.
    pub fn find(&self, name: &str) -> Option<NodeId> {
        self.descendants(ROOT).find(|&id| self.tag(id) == name)
    }
}

/// Pre-order walk over a subtree by following links (no stack, so no depth limit).
pub struct Descendants<'a> {
    dom: &'a Dom,
    root: NodeId,
    next: NodeId,
    last: NodeId,
}

impl Descendants<'_> {
    /// Don't descend into the node last returned.
    pub fn skip_children(&mut self) {
        if self.last != NONE {
            self.next = self.after(self.last);
        }
    }

    /// The node following `id`'s subtree in pre-order, within `root`.
    fn after(&self, mut id: NodeId) -> NodeId {
        loop {
            if id == self.root {
                return NONE;
            }
            let n = self.dom.node(id);
            if n.next != NONE {
                return n.next;
            }
            id = n.parent;
            if id == NONE {
                return NONE;
            }
        }
    }
}

impl Iterator for Descendants<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let cur = self.next;
        if cur == NONE || cur as usize >= self.dom.nodes.len() {
            return None;
        }
        let n = self.dom.node(cur);
        self.next = if n.first_child != NONE { n.first_child } else { self.after(cur) };
        self.last = cur;
        Some(cur)
    }
}

pub struct Children<'a> {
    dom: &'a Dom,
    next: NodeId,
}

impl Iterator for Children<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let cur = self.next;
        if cur == NONE {
            return None;
        }
        self.next = self.dom.node(cur).next;
        Some(cur)
    }
}

/// The tree builder's view of the arena. html5ever 0.35 hands `&self` to every callback, so
/// the arena sits in a `RefCell`; no borrow outlives a callback.
struct Sink {
    nodes: RefCell<Vec<Node>>,
}

/// An element name owned by value (atoms are cheap to clone), so that no `RefCell` borrow is
/// held while the tree builder looks at it.
#[derive(Debug)]
pub struct OwnedName {
    ns: Namespace,
    local: LocalName,
}

impl ElemName for OwnedName {
    fn ns(&self) -> &Namespace {
        &self.ns
    }
    fn local_name(&self) -> &LocalName {
        &self.local
    }
}

impl Sink {
    fn push(&self, node: Node) -> NodeId {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(node);
        (nodes.len() - 1) as NodeId
    }

    fn is_ignored(nodes: &[Node], id: NodeId) -> bool {
        matches!(nodes[id as usize].kind, Kind::Ignored)
    }

    /// Whether text appended under `parent` is dropped (non-content element).
    fn drops_text(nodes: &[Node], parent: NodeId) -> bool {
        match &nodes[parent as usize].kind {
            Kind::Element(e) => {
                if e.foreign {
                    return true;
                }
                if e.skip {
                    if e.name == local_name!("title") {
                        return false;
                    }
                    // JSON-LD is metadata, and stylesheets say which classes are hidden
                    // (extract::styles): keep them.
                    let json = e.name == local_name!("script")
                        && e.attr("type").is_some_and(|t| t.to_ascii_lowercase().contains("ld+json"));
                    return !json && e.name != local_name!("style");
                }
                false
            }
            Kind::Ignored => true,
            _ => false,
        }
    }

    fn detach(nodes: &mut [Node], id: NodeId) {
        let (parent, prev, next) = {
            let n = &nodes[id as usize];
            (n.parent, n.prev, n.next)
        };
        if parent == NONE {
            return;
        }
        if prev != NONE {
            nodes[prev as usize].next = next;
        } else {
            nodes[parent as usize].first_child = next;
        }
        if next != NONE {
            nodes[next as usize].prev = prev;
        } else {
            nodes[parent as usize].last_child = prev;
        }
        let n = &mut nodes[id as usize];
        n.parent = NONE;
        n.prev = NONE;
        n.next = NONE;
    }

    fn append_node(nodes: &mut [Node], parent: NodeId, child: NodeId) {
        Self::detach(nodes, child);
        let last = nodes[parent as usize].last_child;
        {
            let c = &mut nodes[child as usize];
            c.parent = parent;
            c.prev = last;
            c.next = NONE;
        }
        if last != NONE {
            nodes[last as usize].next = child;
        } else {
            nodes[parent as usize].first_child = child;
        }
        nodes[parent as usize].last_child = child;
    }

    fn insert_before(nodes: &mut [Node], sibling: NodeId, child: NodeId) {
        Self::detach(nodes, child);
        let (parent, prev) = {
            let s = &nodes[sibling as usize];
            (s.parent, s.prev)
        };
        if parent == NONE {
            return;
        }
        {
            let c = &mut nodes[child as usize];
            c.parent = parent;
            c.prev = prev;
            c.next = sibling;
        }
        nodes[sibling as usize].prev = child;
        if prev != NONE {
            nodes[prev as usize].next = child;
        } else {
            nodes[parent as usize].first_child = child;
        }
    }
}

impl TreeSink for Sink {
    type Handle = NodeId;
    type Output = Dom;
    type ElemName<'a> = OwnedName;

    fn finish(self) -> Dom {
        Dom { nodes: self.nodes.into_inner() }
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> NodeId {
        ROOT
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> OwnedName {
        let nodes = self.nodes.borrow();
        match nodes.get(*target as usize).map(|n| &n.kind) {
            Some(Kind::Element(e)) => OwnedName {
                ns: if e.foreign { ns!(svg) } else { ns!(html) },
                local: e.name.clone(),
            },
            _ => OwnedName { ns: ns!(html), local: local_name!("div") },
        }
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> NodeId {
        let foreign = name.ns != ns!(html);
        let skip = foreign || skipped_element(&name.local);
        let attrs = attrs
            .into_iter()
            .filter(|a| KEPT_ATTRS.contains(&&*a.name.local))
            .map(|a| (a.name.local, String::from(&*a.value)))
            .collect();
        let _ = flags;
        self.push(Node::new(Kind::Element(Element { name: name.local, foreign, skip, attrs })))
    }

    fn create_comment(&self, _text: StrTendril) -> NodeId {
        self.push(Node::new(Kind::Ignored))
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> NodeId {
        self.push(Node::new(Kind::Ignored))
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        let mut nodes = self.nodes.borrow_mut();
        let parent = *parent;
        if parent as usize >= nodes.len() {
            return;
        }
        match child {
            NodeOrText::AppendNode(c) => {
                if (c as usize) < nodes.len() && !Self::is_ignored(&nodes, c) && c != parent {
                    Self::append_node(&mut nodes, parent, c);
                }
            }
            NodeOrText::AppendText(t) => {
                if Self::drops_text(&nodes, parent) {
                    return;
                }
                let last = nodes[parent as usize].last_child;
                if last != NONE {
                    if let Kind::Text(s) = &mut nodes[last as usize].kind {
                        s.push_str(&t);
                        return;
                    }
                }
                nodes.push(Node::new(Kind::Text(String::from(&*t))));
                let id = (nodes.len() - 1) as NodeId;
                Self::append_node(&mut nodes, parent, id);
            }
        }
    }

    fn append_based_on_parent_node(&self, element: &NodeId, prev_element: &NodeId, child: NodeOrText<NodeId>) {
        let has_parent = self.nodes.borrow().get(*element as usize).is_some_and(|n| n.parent != NONE);
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _name: StrTendril, _public_id: StrTendril, _system_id: StrTendril) {}

    fn get_template_contents(&self, _target: &NodeId) -> NodeId {
        // Template content is never article text: give the builder a detached sink.
        self.push(Node::new(Kind::Ignored))
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        let mut nodes = self.nodes.borrow_mut();
        let sibling = *sibling;
        if sibling as usize >= nodes.len() {
            return;
        }
        let parent = nodes[sibling as usize].parent;
        if parent == NONE {
            return;
        }
        match new_node {
            NodeOrText::AppendNode(c) => {
                if (c as usize) < nodes.len() && !Self::is_ignored(&nodes, c) && c != sibling {
                    Self::insert_before(&mut nodes, sibling, c);
                }
            }
            NodeOrText::AppendText(t) => {
                if Self::drops_text(&nodes, parent) {
                    return;
                }
                let prev = nodes[sibling as usize].prev;
                if prev != NONE {
                    if let Kind::Text(s) = &mut nodes[prev as usize].kind {
                        s.push_str(&t);
                        return;
                    }
                }
                nodes.push(Node::new(Kind::Text(String::from(&*t))));
                let id = (nodes.len() - 1) as NodeId;
                Self::insert_before(&mut nodes, sibling, id);
            }
        }
    }

    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        if let Some(Node { kind: Kind::Element(e), .. }) = nodes.get_mut(*target as usize) {
            for a in attrs {
                if KEPT_ATTRS.contains(&&*a.name.local) && e.attr(&a.name.local).is_none() {
                    e.attrs.push((a.name.local, String::from(&*a.value)));
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &NodeId) {
        let mut nodes = self.nodes.borrow_mut();
        if (*target as usize) < nodes.len() {
            Self::detach(&mut nodes, *target);
        }
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        let mut nodes = self.nodes.borrow_mut();
        if (*node as usize) >= nodes.len() || (*new_parent as usize) >= nodes.len() {
            return;
        }
        let mut c = nodes[*node as usize].first_child;
        while c != NONE {
            let next = nodes[c as usize].next;
            Self::append_node(&mut nodes, *new_parent, c);
            c = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_tree_and_drops_scripts() {
        let dom = Dom::parse("<p>Hello <b>world</b><script>var x</script></p><!-- c --><p>Two");
        let body = dom.find("body").unwrap();
        let text = dom.text_of(body);
        assert_eq!(text, "Hello worldTwo");
        assert_eq!(dom.children(body).count(), 2);
    }

    #[test]
    fn caps_depth() {
        let deep = format!("{}<p>x</p>{}", "<div>".repeat(10), "</div>".repeat(10));
        let capped = cap_depth(&deep, 4);
        assert_eq!(capped, format!("{}<p>x</p>{}", "<div>".repeat(4), "</div>".repeat(4)));
        let flat = "<p>a<p>b<br><img src='x>y'><div title=\"a>b\">c</div>";
        assert!(matches!(cap_depth(flat, 1), Cow::Borrowed(_)));
        let script = "<div><script>if (a<b) { x = '<div><div><div>'; }</script></div>";
        assert!(matches!(cap_depth(script, 2), Cow::Borrowed(_)));
    }

    #[test]
    fn keeps_json_ld() {
        let dom = Dom::parse(r#"<script type="application/ld+json">{"a":1}</script>"#);
        let s = dom.find("script").unwrap();
        assert_eq!(dom.node(dom.node(s).first_child).kind.clone().text(), Some("{\"a\":1}".into()));
    }

    #[test]
    fn skip_children_works() {
        let dom = Dom::parse("<div><p>a</p><p>b</p></div><p>c</p>");
        let mut it = dom.descendants(ROOT);
        let mut seen = Vec::new();
        while let Some(id) = it.next() {
            if dom.tag(id) == "div" {
                it.skip_children();
                continue;
            }
            if let Kind::Text(t) = &dom.node(id).kind {
                seen.push(t.clone());
            }
        }
        assert_eq!(seen, vec!["c".to_string()]);
    }
}

impl Kind {
    pub fn text(self) -> Option<String> {
        match self {
            Kind::Text(t) => Some(t),
            _ => None,
        }
    }
}
