//! Real pages: metadata, first and last gold paragraph in the body, no boilerplate.

use revue::extract::html::extract;

fn page(name: &str) -> String {
    let path = format!("{}/tests/fixtures/html/{name}", env!("CARGO_MANIFEST_DIR"));
    String::from_utf8_lossy(&std::fs::read(path).expect("fixture")).into_owned()
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn check(name: &str, title: &str, date: Option<&str>, author: Option<&str>, first: &str, last: &str, boiler: &[&str]) {
    let a = extract(&page(name));
    assert_eq!(a.title.as_deref(), Some(title), "{name}: title");
    assert_eq!(a.published.as_deref(), date, "{name}: date");
    assert_eq!(a.author.as_deref(), author, "{name}: author");
    let body = norm(&a.body.join("\n"));
    assert!(body.contains(&norm(first)), "{name}: first paragraph missing from {:?}", &body[..body.len().min(300)]);
    assert!(body.contains(&norm(last)), "{name}: last paragraph missing");
    for b in boiler {
        assert!(!a.body.iter().any(|p| p.contains(b)), "{name}: boilerplate {b:?} kept");
    }
    assert!(boiler.is_empty() || a.removed.iter().any(|r| boiler.iter().any(|b| r.text.contains(b))), "{name}: removed not recorded");
    assert!(!a.removed.is_empty(), "{name}: nothing recorded as removed");
}

#[test]
fn le_monde() {
    check(
        "lemonde-1.html",
        "Le projet de loi sur le renseignement massivement approuvé à l'Assemblée",
        Some("2015-05-04"),
        Some("Martin Untersinger (avec Damien Leloup, Morgane Tual)"),
        "Les députés ont, sans surprise, adopté à une large majorité (438 contre 86 et 42 abstentions)",
        "Aucune mesure de rétorsion ne pourra viser l’agent qui aurait dénoncé des actes potentiellement illégaux.",
        &["Suivre le Monde sur Twitter", "Lire aussi : Les critiques de la CNIL", "Rechercher"],
    );
}

#[test]
fn orf() {
    check(
        "at_ORF_2023_04_28.html",
        "Mädchen bei Straßenbahnunfall in Wien verletzt",
        Some("2023-04-28"),
        Some("ORF.at"),
        "Ein zwölfjähriges Mädchen ist heute bei einem Straßenbahnunfall in Wien-Favoriten schwer verletzt worden.",
        "Das Mädchen versuchte offenbar die Straße zu überqueren und wurde dabei von der Straßenbahn erfasst.",
        &["Zurück zur Startseite", "Online seit heute"],
    );
}

#[test]
fn japan_news() {
    check(
        "jp_TheJapanNews_2024_10_13.html",
        "Japan Prime Minister Dodges Criticism During Leaders Debate; Takes Cautious Stance on Revising Japan-U.S. Pact",
        Some("2024-10-13"),
        Some("新間"),
        "Prime Minister Shigeru Ishiba demonstrated his committment to his political views during a recent inter-party debate",
        "However, the prime minister also said, “We’re a democratic party, so if there’s opposition I won’t push past it,”",
        &[],
    );
}

/// JSON-LD in a CDATA wrapper (pages saved as XHTML) is read: its datePublished wins over an
/// `article:published_time` meta that is really the last update, and a JSON-LD headline the
/// page's <title> and <h1> do not bear out (a description) is not the title.
#[test]
fn json_ld_in_cdata() {
    let html = r#"<html><head><title>Hermitian matrix - Wikipedia</title>
<meta property="article:published_time" content="2024-12-07T12:43:39Z">
<script type="application/ld+json"><![CDATA[
{"@context":"https://schema.org","@type":"NewsArticle","headline":"matrix equal to its conjugate-transpose",
 "datePublished":"2024-12-06T22:00:40.000Z","author":{"@type":"Person","name":"Ada Lovelace"}}
]]></script></head><body><h1>Hermitian matrix</h1><article>
<p>In mathematics, a Hermitian matrix is a complex square matrix that is equal to its own conjugate transpose, that is,
the element in the i-th row and j-th column is equal to the complex conjugate of the element in the j-th row.</p>
<p>Hermitian matrices can be understood as the complex extension of real symmetric matrices, and they are named
after the French mathematician Charles Hermite, who showed in 1855 that their eigenvalues are always real.</p>
</article></body></html>"#;
    let a = extract(html);
    assert_eq!(a.published.as_deref(), Some("2024-12-06"));
    assert_eq!(a.title.as_deref(), Some("Hermitian matrix"));
    assert_eq!(a.author.as_deref(), Some("Ada Lovelace"));
}

/// Paragraphs a class rule of the page's own stylesheet hides (a paywall's scrambled text)
/// are not the article; a class shown in some state (`.tab.active`) still is.
#[test]
fn stylesheet_hidden_paragraphs() {
    let html = r#"<html><head><style>.obfuscated{display:none}.tab{display:none}.tab.active{display:block}</style></head>
<body><article><h1>Food trucks are back in Witten</h1>
<p>Witten. For the second time the food trucks have come to Witten, and visitors could eat their way around every continent.</p>
<p class="article__paragraph obfuscated">Ejf Gppe.Usvdlt tjoe xjfefs jo Xjuufo/ Tdipo {vn {xfjufo Nbm tufifo tjf jn Mvuifsqbsl voe mbefo {vn Tdimfnnfo fjo/</p>
<div class="tab active"><p>The festival runs until Sunday evening in the Lutherpark, where the trucks stand in the shade of the old trees.</p></div>
</article></body></html>"#;
    let a = extract(html);
    let body = a.body.join("\n");
    assert!(body.contains("For the second time the food trucks"), "{body}");
    assert!(body.contains("The festival runs until Sunday"), "{body}");
    assert!(!body.contains("Ejf Gppe"), "{body}");
}

/// The article split over two `<section>`s beats a teaser list's one-line
/// `<div class="highlight-box__headline media__headline-text">`: a div holding only text is
/// scored as a paragraph, for its parent.
#[test]
fn golem() {
    check(
        "de_Golem_2024_04_28.html",
        "LTE-Patent: Samsung soll wegen Patentklage Smartphones zerstören",
        Some("2024-04-28"),
        Some("Tobias Költzsch"),
        "Samsung drohen in Deutschland Probleme für seine Galaxy-Smartphones. Das Landgericht München I hat in einer Patentklage",
        "Samsung wird Heise zufolge das Urteil \"gründlich prüfen\" und \"geeignete rechtliche Schritte festlegen\".",
        &["Stellenmarkt", "in Pocket speichern"],
    );
}

/// A hidden pop-up styled with utility classes ("text-xs dark:text-gray-100 hidden") is
/// neither article text nor visible: "text-xs" is no content class.
#[test]
fn haberturk() {
    check(
        "tr_Haberturk_2024_04_28.html",
        "Turizm Bakanlığı'ndan 'milliyet farkı' açıklaması",
        Some("2024-04-28"),
        Some("Habertürk"),
        "Kültür ve Turizm Bakanlığı Antalya'da bir otelde konaklayan Türk müşteriden 120 Euro 'milliyet farkı' bedeli alındığı",
        "Sosyal medyada yer alan iddiada bir Türk vatandaşının Antalya'da bir otele yurt dışı merkezli bir platformdan rezervasyon",
        &[],
    );
}

/// Tweets embedded in the article (`<blockquote class="twitter-tweet">`) are other people's
/// posts, not the article's text.
#[test]
fn gateway_pundit() {
    check(
        "us_TheGatewayPundit_2026_07_19.html",
        "As Protests Grow Over Dismissal of Defense Minister Fedorov, Zelensky Is Now Considering Firing Top General Syrsky",
        Some("2026-07-19"),
        Some("Paul Serran"),
        "A preventable crisis.",
        "His removal sparked an immediate backlash on social media, erupting into demonstrations in Kyiv, Lviv, Odesa",
        &["FT: Zelensky is considering replacing Syrsky", "Pendant que le front s’effondre"],
    );
}

/// The subscription pitch in the article's header sits in a box classed `hidden`
/// (`intro-body__premium hidden`): the bare class hides it, whatever the other class says.
#[test]
fn ottawa_citizen() {
    check(
        "ca_OttawaCitizen_2026_05_26.html",
        "IRCC gave up office space in January. Now, it can't accommodate RTO-4",
        Some("2026-05-25"),
        Some("Ben Andrews"),
        "Shortly before delaying its four-day return-to-office due to lack of space, IRCC had to give up 12 floors",
        "Treasury Board secretary Bill Matthews has said the public service will move away from desk hoteling",
        &["Unlimited digital access to the Ottawa Citizen.", "Daily puzzles, including the New York Times Crossword."],
    );
}

/// The body comes in numbered chunks (`story-body story-body-1`, `story-body-2`): the first,
/// shorter one is as much the article as the chunk that scores best.
#[test]
fn nytimes_numbered_chunks() {
    check(
        "readability-nytimes-2.html",
        "Yahoo’s Sale to Verizon Leaves Shareholders With Little Say",
        Some("2016-07-29"),
        Some("Steven Davidoff Solomon"),
        "Yahoo’s $4.8 billion sale to Verizon is a complicated beast, showing how different acquisition structures can affect how shareholders are treated.",
        "All in all, this was as hairy a deal as they come.",
        &[],
    );
}
