//! Where dictionary loading spends its time (a development aid).
use std::time::Instant;
fn main() {
    let t = Instant::now();
    let mut contents = Vec::new();
    for (name, bytes) in sayso::gazetteer::EMBEDDED_DICTIONARIES {
        contents.push((name, sayso::gazetteer::decode_embedded(name, bytes).unwrap()));
    }
    println!("decode {:?}", t.elapsed());
    let t = Instant::now();
    let mut entries = Vec::new();
    for (name, s) in &contents {
        entries.extend(sayso::gazetteer::format::parse_dictionary(name, s).unwrap());
    }
    println!("parse {:?} ({} entries)", t.elapsed(), entries.len());
    let t = Instant::now();
    let g = sayso::gazetteer::GazetteerBuilder::new().build().unwrap();
    println!("full build {:?} (reported {})", t.elapsed(), g.build_seconds());
    let t = Instant::now();
    let l = sayso::lexicon::Lexicon::embedded();
    println!("lexicon {:?} {}", t.elapsed(), l.surnames.len());
}
