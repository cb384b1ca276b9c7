//! Embeds the default dictionaries and lexicons (every file under
//! `dictionaries/` that the loader reads) into the binary, so that `sayso`
//! works from any directory.

use std::fmt::Write as _;
use std::path::Path;

fn list(dir: &Path, exts: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter(|e| e.file_type().map(|t| t.is_file()).unwrap_or(false))
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| exts.iter().any(|x| n.ends_with(x)))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dicts = root.join("dictionaries");
    let lexicon = dicts.join("lexicon");
    println!("cargo:rerun-if-changed=dictionaries");
    println!("cargo:rerun-if-changed=dictionaries/lexicon");
    let mut code = String::new();
    for (name, dir, exts) in [
        ("EMBEDDED_DICTIONARIES", &dicts, &[".tsv", ".tsv.gz"][..]),
        ("EMBEDDED_LEXICON", &lexicon, &[".tsv", ".tsv.gz", ".txt", ".txt.gz"][..]),
    ] {
        writeln!(code, "pub static {name}: &[(&str, &[u8])] = &[").unwrap();
        for file in list(dir, exts) {
            let path = dir.join(&file);
            println!("cargo:rerun-if-changed={}", path.display());
            writeln!(code, "    ({file:?}, include_bytes!({:?})),", path.display().to_string()).unwrap();
        }
        writeln!(code, "];").unwrap();
    }
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("embedded.rs");
    std::fs::write(out, code).unwrap();
}
