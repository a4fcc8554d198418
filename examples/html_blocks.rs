//! Debugging aid for the HTML extractor: prints every block of a page with its owner's path,
//! its boilerplate marks, and whether it sits in the selected containers, then the body the
//! extractor keeps. `cargo run --release --example html_blocks -- PAGE.html [MAXCHARS]`
use revue::extract::{blocks, dom::Dom, html};

fn describe(dom: &Dom, id: u32) -> String {
    let Some(e) = dom.element(id) else { return "#".into() };
    let mut s = e.name.to_string();
    if let Some(v) = e.attr("id") {
        s.push('#');
        s.push_str(&v.chars().take(30).collect::<String>());
    }
    if let Some(v) = e.attr("class") {
        s.push('.');
        s.push_str(&v.split_whitespace().take(3).collect::<Vec<_>>().join("."));
    }
    s
}

fn path(dom: &Dom, mut id: u32) -> String {
    let mut parts = Vec::new();
    while id != revue::extract::dom::NONE && parts.len() < 6 {
        parts.push(describe(dom, id));
        id = dom.node(id).parent;
    }
    parts.reverse();
    parts.join(" > ")
}

fn main() {
    // Quiet exit when piped into `head`.
    std::panic::set_hook(Box::new(|_| std::process::exit(0)));
    let args: Vec<String> = std::env::args().collect();
    let bytes = std::fs::read(&args[1]).expect("read");
    let max: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(90);
    let html_text = String::from_utf8_lossy(&bytes);
    let dom = Dom::parse(&html_text);
    let walk = blocks::collect(&dom);
    let sel = blocks::select(&dom, &walk);
    if let Some(s) = &sel {
        println!("top: {}", path(&dom, s.top));
        for c in &s.containers {
            println!("container: {} ({} chars)", path(&dom, *c), s.text_len[*c as usize]);
        }
    }
    for b in &walk.blocks {
        let inside = sel.as_ref().is_some_and(|s| s.containers.iter().any(|&c| walk.layout.contains(c, b.owner)));
        let boil = sel.as_ref().and_then(|s| s.effective_boiler(b, None, &walk.layout));
        let text: String = b.text.chars().take(max).collect();
        let marks: Vec<String> = b.boilers.iter().map(|(src, why)| format!("{why}@{}", describe(&dom, *src))).collect();
        println!("{} {:>5} ld={:.2} {:?} {:?} [{}] h{}\n      {}", if inside { "IN " } else { "   " }, b.chars, b.link_density(), boil, marks, path(&dom, b.owner), b.heading, text);
    }
    let a = html::extract(&html_text);
    println!("--- body: {} blocks, {} chars", a.body.len(), a.body.iter().map(|s| s.len()).sum::<usize>());
}
