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
    (r"(?i)^(log ?in|sign in|se connecter|connexion|anmelden|register|créer un compte)\b", 60, "login form"),
    (r"(?i)^(leave a comment|post a comment|add a comment|laisser un commentaire|réagir|commentaires?|comments?|\d+ comments?|\d+ commentaires?|kommentare?)\b", 80, "comments"),
    (r"(?i)^(follow us|suivez-nous|folgen sie uns|retrouvez-nous)\b", 120, "share buttons"),
    (r"(?i)^(tags?|mots-clés|schlagworte|themen)\s*:", 200, "tags"),
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
    }

    #[test]
    fn article_sentences_pass() {
        assert_eq!(formulaic("The ceasefire was signed on Tuesday, officials said."), None);
        assert_eq!(formulaic("Partager le pouvoir n'a jamais été simple pour le gouvernement, qui a dû composer avec une opposition remontée et des alliés hésitants pendant des mois."), None);
        assert_eq!(formulaic("Le prix de la publicité a augmenté."), None);
    }
}
