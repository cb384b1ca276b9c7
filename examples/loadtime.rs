use std::time::Instant;
fn main() {
    let t = Instant::now();
    let mut total = 0;
    let mut entries = Vec::new();
    for (name, bytes) in sayso::gazetteer::EMBEDDED_DICTIONARIES {
        let s = sayso::gazetteer::decode_embedded(name, bytes).unwrap();
        total += s.len();
        entries.extend(sayso::gazetteer::format::parse_dictionary(name, &s).unwrap());
    }
    println!("decode+parse {:?} ({} bytes, {} entries)", t.elapsed(), total, entries.len());
    let t = Instant::now();
    let pats: Vec<String> = entries.iter().flat_map(|e| e.surface_forms().map(String::from).collect::<Vec<_>>()).collect();
    println!("collect {:?} {}", t.elapsed(), pats.len());
    let t = Instant::now();
    let ac = aho_corasick::AhoCorasick::builder().kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA)).build(&pats).unwrap();
    println!("ac contiguous {:?} mem {}", t.elapsed(), ac.memory_usage());
    let t = Instant::now();
    let ac = aho_corasick::AhoCorasick::builder().kind(Some(aho_corasick::AhoCorasickKind::NoncontiguousNFA)).build(&pats).unwrap();
    println!("ac noncontiguous {:?} mem {}", t.elapsed(), ac.memory_usage());
    let t = Instant::now();
    let l = sayso::lexicon::Lexicon::embedded();
    println!("lexicon {:?} {}", t.elapsed(), l.surnames.len());
}
