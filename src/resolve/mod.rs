//! Resolve stage: from dictionary matches to the article's entity mentions.
//!
//! Takes: the text, its segmentation, the dictionary matches and the
//! lexicon. Gives: entity mentions sorted by `start` and non-overlapping,
//! each with its canonical name, id and source (`dictionary`, `alias`).
//!
//! Linking: a person's surname alone ("Grossi") is matched only when the
//! article names the person in full somewhere ("Rafael Grossi"); the short
//! mention gets the full entity's canonical name and id, `source: alias`.
//! Must not look at quotes: that is the attribute stage's work.

use crate::annotation::{Entity, EntityType, Source, Span};
use crate::gazetteer::{DictMatch, Gazetteer};
use crate::lexicon::Lexicon;
use crate::text::Segmented;
use std::borrow::Cow;

/// Turns dictionary matches into entity mentions and links short forms.
pub fn resolve<'p>(
    text: &str,
    _seg: &Segmented,
    matches: &[DictMatch],
    gazetteer: &'p Gazetteer,
    lexicon: &Lexicon,
) -> Vec<Entity<'p>> {
    let mut entities: Vec<Entity<'p>> = matches
        .iter()
        .map(|m| {
            let e = gazetteer.entry(m.entry);
            Entity {
                span: m.span,
                etype: e.etype,
                canonical: Cow::Borrowed(&*e.canonical),
                id: Some(Cow::Borrowed(&*e.id)),
                source: Source::Dictionary,
                entry: Some(m.entry),
                gender: e.gender.or_else(|| first_word(&e.canonical).and_then(|f| lexicon.first_name_gender(f))),
            }
        })
        .collect();
    link_surnames(text, &mut entities, gazetteer, lexicon);
    entities
}

fn first_word(name: &str) -> Option<&str> {
    name.split_whitespace().next()
}

/// The surname of a multi-word person name: its last word, unless that is a
/// suffix like "Jr." (then the word before).
fn surname(name: &str) -> Option<&str> {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() < 2 {
        return None;
    }
    let mut last = words[words.len() - 1];
    if matches!(last.trim_end_matches('.'), "Jr" | "Sr" | "II" | "III" | "IV") && words.len() > 2 {
        last = words[words.len() - 2];
    }
    let last = last.trim_end_matches(',');
    (last.chars().count() >= 3 && last.chars().next().is_some_and(char::is_uppercase)).then_some(last)
}

/// Adds `alias` mentions for the surnames of people named in full.
fn link_surnames<'p>(text: &str, entities: &mut Vec<Entity<'p>>, gazetteer: &'p Gazetteer, lexicon: &Lexicon) {
    let mut added: Vec<Entity<'p>> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for e in entities.iter().filter(|e| e.etype == EntityType::Person) {
        let Some(idx) = e.entry else { continue };
        let entry = gazetteer.entry(idx);
        // Surnames of the form written in the text and of the canonical name.
        for name in [e.span.of(text), &*entry.canonical] {
            let Some(sn) = surname(name) else { continue };
            if seen.contains(&sn) || lexicon.stopwords.contains(sn) {
                continue;
            }
            seen.push(sn);
            for (pos, _) in text.match_indices(sn) {
                let span = Span::new(pos, pos + sn.len());
                if !crate::gazetteer::on_word_boundaries(text, span) {
                    continue;
                }
                if entities.iter().chain(added.iter()).any(|x| x.span.overlaps(&span)) {
                    continue;
                }
                added.push(Entity { span, source: Source::Alias, ..e.clone() });
            }
        }
    }
    entities.extend(added);
    entities.sort_by_key(|e| e.span.start);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::GazetteerBuilder;

    #[test]
    fn surnames_link_to_the_full_name() {
        let mut b = GazetteerBuilder::new().defaults(false);
        b.add_str("t", "Q1\tPERSON\t\tRafael Grossi\tRafael Mariano Grossi\tm\t\t\t1\n");
        let g = b.build().unwrap();
        let lex = Lexicon::core();
        let text = "Grossi spoke. Rafael Mariano Grossi, IAEA chief, said Grossi's plan. Grossiman no.";
        let seg = Segmented::new(text);
        let ents = resolve(text, &seg, &g.find(text), &g, &lex);
        let got: Vec<(&str, &str, Source)> =
            ents.iter().map(|e| (e.span.of(text), e.canonical.as_ref(), e.source)).collect();
        assert_eq!(
            got,
            vec![
                ("Grossi", "Rafael Grossi", Source::Alias),
                ("Rafael Mariano Grossi", "Rafael Grossi", Source::Dictionary),
                ("Grossi", "Rafael Grossi", Source::Alias),
            ]
        );
        // Without the full name, the surname alone is nothing.
        let text = "Grossi spoke.";
        assert!(resolve(text, &seg, &g.find(text), &g, &lex).is_empty());
    }
}
