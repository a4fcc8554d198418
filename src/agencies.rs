//! News agencies and outlets an article credits ("(Avec AFP)", "selon Reuters").
//! (Interface; the full implementation lands with issue 5.)

pub fn find_sources(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for a in ["AFP", "Reuters", "AP", "TASS", "RFE/RL"] {
        if text.contains(&format!("(Avec {a})")) || text.contains(&format!("selon l'{a}")) {
            out.push(a.to_string());
        }
    }
    out
}
