//! Formulaic lines that are chrome even inside the article container: "Read more",
//! "À lire aussi", copyright and reprint notices, share prompts, newsletter and cookie
//! prompts, ad labels, photo credits. Each rule is a regex over a whole (short) line with the
//! reason it gives; they are data, tested below.

use regex::Regex;
use std::sync::OnceLock;

/// (pattern, longest line it applies to in chars, reason)
const RULES: &[(&str, usize, &str)] = &[
    (r"(?i)^(©|\(c\)|copyright\b)", 400, "copyright line"),
    (r"(?i)(tous droits réservés|all rights reserved|alle rechte vorbehalten|todos los derechos reservados|reproduction interdite|reprint|reproduction (totale ou partielle|strictement))", 300, "copyright line"),
    (r"(?i)^(lire aussi|à lire aussi|a lire aussi|à lire|a lire|voir aussi|lire la suite|lire plus|en savoir plus|read more|read also|also read|see also|related( articles?| stories| content)?|more( articles| stories| news| on this story)?|dernières (nouvelles|infos|actualités)|sur le même sujet|dans la même rubrique|click here|cliquez ici|mehr zum thema|lesen sie auch|auch interessant|weitere artikel|more articles like this|recommended|you may also like|ähnliche artikel)\b", 200, "teaser"),
    (r"(?i)^(share|partager|partagez|tweet|e-?mail|imprimer|print|facebook|twitter|whatsapp|linkedin|pinterest|copy link|copier le lien|teilen|drucken|compartir)\b", 60, "share buttons"),
    (r"(?i)(newsletter|subscribe|abonnez-vous|inscrivez-vous|sign up|s'abonner|abonnieren|suscríbete|already a subscriber|déjà abonné)", 160, "newsletter prompt"),
    (r"(?i)(cookies?\b|consentement|consent\b|datenschutz)", 160, "cookie prompt"),
    (r"(?i)^(advertisement|advertising|publicité|pub|anzeige|werbung|annonce|sponsored|sponsorisé|contenu sponsorisé|publicidad|reklame|ad)$", 40, "advertisement"),
    (r"(?i)^(photo|photos|image|crédit photo|crédits? ?:|credit|foto|bild|getty images|afp photo|reuters/)\s*[:/©]", 200, "caption"),
    // A caption printed as a paragraph ends with its picture credit ("… Bildrechte: MDR/David
    // Straub", "… Bild: Screenshot: fdp.de", "… (Archivbild)"); the credit is no sentence.
    (r"(?i)(\b(bildrechte|bildquelle|bild|fotos?|photos?|crédits? photos?|picture|image)\s*:\s*([^.!?\s]|\.\S|[ \t])*[^.!?\s]|\((archivbild|symbolbild|archiv|photo d['’]archives|file photo|illustration)\))\s*$", 300, "caption"),
    (r"(?i)^(log ?in|sign in|se connecter|connexion|anmelden|register|créer un compte)\b", 60, "login form"),
    (r"(?i)^(leave a comment|post a comment|add a comment|laisser un commentaire|réagir|commentaires?|comments?|\d+ comments?|\d+ commentaires?|kommentare?)\b", 80, "comments"),
    (r"(?i)^(follow us|suivez-nous|folgen sie uns|retrouvez-nous)\b", 120, "share buttons"),
    // Invitations to the outlet's messenger channel ("Folgst du schon 20 Minuten auf
    // Whatsapp?", "Abonniere den Whatsapp-Kanal von …", "Rejoignez notre chaîne WhatsApp").
    (r"(?i)((abonniere|abonnieren sie|folge|folgen sie|join|rejoignez|suivez|follow|subscribe to|ikuti|segui|sigue|siga)\b.{0,60}\b(whatsapp|telegram)[- ]?(kanal|channel|community|chaîne)|\b(notre|our|unsere[nm]?) (chaîne|canal|channel|kanal) (whatsapp|telegram)|^(folgst du|folgen sie|follow|suivez|rejoignez|join) .{0,40}\b(auf|on|sur) (whatsapp|telegram)\b)", 300, "promotion"),
    (r"(?i)^follow [\p{L}.]+( [\p{L}.]+)? on (twitter|facebook|x|instagram|tiktok|threads|bluesky)\b", 200, "share buttons"),
    (r"(?i)^for more (stories|news|articles) like this\b", 120, "teaser"),
    // The read-aloud button of the article ("Artikel anhören", "Listen to this article").
    (r"(?i)^(artikel (anhören|vorlesen)|vorlesen|anhören|listen to (this )?(article|story)|écouter (cet|l['’])article|ascolta l['’]articolo|escuchar (este )?(artículo|noticia))\s*:?$", 40, "audio player"),
    (r"(?i)^(got|have|do you have) a story( for us)?\s*\?", 200, "contact prompt"),
    // Appeals for money and the comment section's house rules.
    (r"(?i)(hat ihnen (dieser|der) artikel gefallen|unterstützen sie uns( bitte)? mit|^(please\s+)?(consider\s+)?(support(ing)? (our|independent) journalism|donate\b|mak(e|ing) a donation)|^(soutenez (notre|la) (rédaction|journalisme|presse)|faites un don)\b)", 300, "donation appeal"),
    // The affiliate-link disclosure ("If you buy something using links in our stories, we may
    // earn a commission").
    (r"(?i)(we may (earn|receive) (a|an affiliate) commission|nous (pouvons|pourrions) (percevoir|toucher) une commission|erhalten wir (ggf\. |eventuell |unter umständen )?eine (kleine )?provision)", 300, "affiliate disclosure"),
    (r"(?i)(ihre kommentare (themenbezogen|sachlich)|(our|the) comment(ing)? (policy|guidelines)|(read|see|respect) (our|the) (community|comment(ing)?) (guidelines|policy|rules)|vos commentaires (doivent|sont modérés)|charte (de modération|des commentaires))", 300, "comments"),
    // The video box's label and the pointer to the live blog ("WATCH | …", "… in unserem
    // Liveblog:").
    (r"^(WATCH|LISTEN|VIDEO|WATCH LIVE)\s*[|:]\s", 200, "video"),
    (r"(?i)(in unserem (liveblog|newsblog|live-ticker|ticker)|dans notre (direct|live)|in our live ?blog)\s*[:.]?$", 200, "teaser"),
    (r"(?i)(this (site|page) is protected by recaptcha|google privacy policy and terms of service apply)", 240, "captcha notice"),
    (r"(?i)^(tags?|mots-clés|schlagworte|themen)\s*:", 200, "tags"),
    // Placeholders of embedded third-party content (a video, a post) shown until the reader
    // consents, and the toggles of fold-out boxes.
    (r"(?i)^(empfohlener (redaktioneller|externer) inhalt|externer inhalt|externe inhalte|contenu externe|contenu tiers|external content|third-party content|embedded content)\b", 80, "embed placeholder"),
    (r"(?i)(ein(en)? externe[nr]? inhalt von|inhalte von [\p{L} .]{2,30} angezeigt werden|externe inhalte (angezeigt|anzeigen|laden)|afficher (le|ce) contenu (externe|tiers)|contenu (externe|tiers) (est|sera) (affiché|chargé)|content from [\p{L} .]{2,30} (is|will be) (shown|displayed|loaded)|(show|load) (external|third-party) content)", 320, "embed placeholder"),
    (r"(?i)^((\p{L}+-)?box )?(aufklappen|zuklappen|ausklappen|einklappen)( ((\p{L}+-)?box )?(aufklappen|zuklappen|ausklappen|einklappen))*$", 60, "fold-out box toggle"),
];

fn compiled() -> &'static Vec<(Regex, usize, &'static str)> {
    static CELL: OnceLock<Vec<(Regex, usize, &'static str)>> = OnceLock::new();
    CELL.get_or_init(|| {
        RULES.iter().filter_map(|(p, max, why)| Regex::new(p).ok().map(|r| (r, *max, *why))).collect()
    })
}

/// Why this line is formulaic chrome, if it is.
pub fn formulaic(line: &str) -> Option<&'static str> {
    let chars = line.chars().count();
    compiled().iter().find(|(re, max, _)| chars <= *max && re.is_match(line)).map(|(_, _, why)| *why)
}

/// A short line that only states when or by whom ("Stand: 28.04.2023 16:11 Uhr",
/// "Publié le 10 avril 2024", "By Jane Doe", "Von Stefan Lienert"): byline chrome.
pub fn dateline_or_byline(line: &str) -> bool {
    static RES: OnceLock<(Regex, Regex, Regex)> = OnceLock::new();
    let (date, label, byline) = RES.get_or_init(|| {
        (
            Regex::new(r"(?i)\b(\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|\d{1,2}h\d{2}|\d{1,2}\.\d{2}\s*uhr\b|\d+\s+(minutes?|hours?|days?|heures?|stunden|minuten|tagen?)\s+(ago|her)|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|avr|juil|sept|déc|janvier|février|avril|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|mai|juni|juli|oktober|dezember)[a-z]*\.?\s+\d{1,2}|\d{1,2}\.?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|avr|juil|déc|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|april|juni|juli|august|oktober|dezember)[a-zé]*\.?\s+\d{4})").expect("valid"),
            Regex::new(r"(?i)^(stand|publié|publie|mis à jour|actualisé|modifié|published|updated|last updated|posted|erstellt|aktualisiert|publiziert|veröffentlicht|datum|date|le|am|on)\b").expect("valid"),
            Regex::new(r"^(?i:by|par|von|por|di|av|af|door|text|texte|fotos?|photos?)\s*:?\s+\p{Lu}").expect("valid"),
        )
    });
    let chars = line.chars().count();
    if chars > 90 {
        return false;
    }
    let words = line.split_whitespace().count();
    if date.is_match(line) {
        // Mostly a date: few words besides numbers and the label.
        let letters_words = line.split_whitespace().filter(|w| w.chars().any(|c| c.is_alphabetic())).count();
        if letters_words <= 5 || label.is_match(line) && words <= 10 {
            return true;
        }
    }
    byline.is_match(line) && words <= 7 && !line.trim_end().ends_with(['.', '!', '?'])
}

#[cfg(test)]
mod tests {
    use super::formulaic;

    #[test]
    fn chrome_lines() {
        assert_eq!(formulaic("© Le Monde 2024"), Some("copyright line"));
        assert_eq!(formulaic("À lire aussi : Les Arméniens du Haut-Karabakh"), Some("teaser"));
        assert_eq!(formulaic("Read more: Why the war matters"), Some("teaser"));
        assert_eq!(formulaic("Share this article"), Some("share buttons"));
        assert_eq!(formulaic("Advertisement"), Some("advertisement"));
        assert_eq!(formulaic("Sign up for our daily newsletter"), Some("newsletter prompt"));
        assert_eq!(formulaic("Empfohlener redaktioneller Inhalt"), Some("embed placeholder"));
        assert_eq!(
            formulaic("An dieser Stelle findest du einen externen Inhalt von YouTube, der den Artikel ergänzt. Du kannst ihn dir mit einem Klick anzeigen lassen und wieder ausblenden."),
            Some("embed placeholder")
        );
        assert_eq!(formulaic("Ich bin damit einverstanden, dass mir Inhalte von YouTube angezeigt werden."), Some("embed placeholder"));
        assert_eq!(formulaic("Personen-Box aufklappen Personen-Box zuklappen"), Some("fold-out box toggle"));
        assert_eq!(formulaic("Box aufklappen Box zuklappen"), Some("fold-out box toggle"));
        assert_eq!(formulaic("Follow Metro.co.uk on Twitter and Facebook for the latest news updates."), Some("share buttons"));
        assert_eq!(formulaic("For more stories like this, check our news page."), Some("teaser"));
        assert_eq!(formulaic("Artikel anhören:"), Some("audio player"));
        assert_eq!(formulaic("Listen to this article"), Some("audio player"));
        assert_eq!(formulaic("Got a story? Get in touch with our news team by emailing us at webnews@metro.co.uk."), Some("contact prompt"));
        assert_eq!(formulaic("This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply."), Some("captcha notice"));
        assert_eq!(formulaic("Landstolz-Geschäftsführer Kevin Holland-Moritz in der Schlachthalle in Schmalkalden. Bildrechte: MDR/David Straub"), Some("caption"));
        assert_eq!(formulaic("Diese Pyramide zeigt den angedachten Ablauf der einzelnen Phasen zum Ampel-Aus. Bild: Screenshot: fdp.de"), Some("caption"));
        assert_eq!(formulaic("Steffen Kauert von der Autobahn GmbH erklärt, welche Folgen die Hitze für Autobahnen hat. (Archivbild)"), Some("caption"));
        assert_eq!(formulaic("Empfohlener externer Inhalt"), Some("embed placeholder"));
        assert_eq!(formulaic("An dieser Stelle befindet sich ein externer Inhalt von Instagram, der von unserer Redaktion empfohlen wird."), Some("embed placeholder"));
        assert_eq!(formulaic("Folgst du schon 20 Minuten auf Whatsapp?"), Some("promotion"));
        assert_eq!(formulaic("Eine Newsübersicht am Morgen und zum Feierabend: Abonniere den Whatsapp-Kanal von 20 Minuten und du bekommst regelmässige Updates."), Some("promotion"));
        assert_eq!(formulaic("Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende, oder werden Sie Mitglied der Israel-Nachrichten."), Some("donation appeal"));
        assert_eq!(formulaic("Bitte achten Sie darauf, dass Ihre Kommentare themenbezogen sind."), Some("comments"));
        assert_eq!(formulaic("WATCH | Palestinians react to Sinwar being named Hamas political leader:"), Some("video"));
        assert_eq!(formulaic("Aktuelle Meldungen zu Russlands Angriff auf die Ukraine finden Sie jederzeit in unserem Liveblog:"), Some("teaser"));
        assert_eq!(formulaic("Follow the money, he said, and you will find who paid for the strikes on the city."), None);
    }

    #[test]
    fn datelines_and_bylines() {
        use super::dateline_or_byline as d;
        assert!(d("Stand: 28.04.2023 16:11 Uhr"));
        assert!(d("Publié le 10 avril 2024 à 12h30"));
        assert!(d("Von Stefan Lienert"));
        assert!(d("By Jane Doe and John Roe"));
        assert!(d("12.12.2025, 05:07 Uhr"));
        assert!(d("Online seit heute, 20.03 Uhr"));
        assert!(!d("By the end of the day, 300 people had fled the town."));
        assert!(!d("Le 10 avril 2024, les troupes sont entrées dans la ville de Stepanakert sans rencontrer de résistance."));
    }

    #[test]
    fn article_sentences_pass() {
        assert_eq!(formulaic("The ceasefire was signed on Tuesday, officials said."), None);
        assert_eq!(formulaic("Partager le pouvoir n'a jamais été simple pour le gouvernement, qui a dû composer avec une opposition remontée et des alliés hésitants pendant des mois."), None);
        assert_eq!(formulaic("Le prix de la publicité a augmenté."), None);
        assert_eq!(formulaic("Die Regierung will externe Inhalte von Plattformen stärker regulieren, sagte der Minister am Dienstag."), None);
        assert_eq!(formulaic("Box-Weltmeister Tyson Fury steigt wieder in den Ring."), None);
        assert_eq!(formulaic("The photo: a burning city, taken from the hills at dawn by a resident who fled."), None);
        assert_eq!(formulaic("Die Zeitung veröffentlichte das Foto: Es zeigt den Minister beim Verlassen des Gebäudes."), None);
        assert_eq!(formulaic("Le groupe a créé un canal de discussion pour les habitants du quartier."), None);
        assert_eq!(formulaic("Watch: the minister said the army would stay in the region until the spring."), None);
        assert_eq!(formulaic("Les donateurs ont promis de soutenir la reconstruction de la ville."), None);
        assert_eq!(formulaic("The fund will support independent journalism in the region, its director said."), None);
        assert_eq!(formulaic("“We received a donation to our school from the council,” she said."), None);
        assert_eq!(formulaic("Please consider supporting our journalism."), Some("donation appeal"));
        assert_eq!(formulaic("Support independent journalism: become a member today."), Some("donation appeal"));
        assert_eq!(formulaic("The group coordinated the attack through a Telegram channel, police said."), None);
        assert_eq!(formulaic("Meta changed its community guidelines on Tuesday after the ruling."), None);
        assert_eq!(formulaic("Rejoignez notre chaîne WhatsApp pour ne rien manquer."), Some("promotion"));
        assert_eq!(formulaic("Cek berita dan artikel yg lain di Google News dan dan ikuti WhatsApp channel mediaindonesia.com"), Some("promotion"));
        assert_eq!(formulaic("If you buy something using links in our stories, we may earn a commission. This helps support our journalism. Learn more."), Some("affiliate disclosure"));
    }
}
