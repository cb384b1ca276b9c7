//! `sayso dict`: inspect the dictionaries.

use super::EXIT_OK;
use anyhow::Result;
use clap::{Args, Subcommand};
use sayso::Pipeline;
use std::collections::BTreeMap;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::time::Instant;

#[derive(Args, Debug)]
pub struct DictArgs {
    #[command(subcommand)]
    command: DictCommand,
    /// Add a user dictionary (repeatable).
    #[arg(long = "dict", value_name = "FILE", global = true)]
    dicts: Vec<PathBuf>,
    /// Do not load the embedded default dictionaries.
    #[arg(long, global = true)]
    no_default_dicts: bool,
}

#[derive(Subcommand, Debug)]
enum DictCommand {
    /// Counts of entities by type, aliases, patterns, load time.
    Stats {
        /// One JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// The entries a name matches, best first.
    Lookup { name: String },
    /// Every pattern the matcher uses, one per line.
    Export,
    /// Checks dictionary files: loads them and reports the first bad row as FILE:LINE.
    Check { files: Vec<PathBuf> },
}

fn load(args: &DictArgs) -> Result<(Pipeline, f64)> {
    let started = Instant::now();
    let p = super::load_pipeline(&args.dicts, args.no_default_dicts)?;
    Ok((p, started.elapsed().as_secs_f64()))
}

pub fn run(args: DictArgs) -> Result<i32> {
    if let DictCommand::Check { files } = &args.command {
        let mut b = Pipeline::builder().without_default_dicts();
        for f in files {
            b = b.dict_file(f);
        }
        let p = b.build()?;
        println!("ok: {} entries", p.gazetteer().entries().len());
        return Ok(EXIT_OK);
    }
    let (p, load_seconds) = load(&args)?;
    let g = p.gazetteer();
    let out = io::stdout();
    let mut out = BufWriter::new(out.lock());
    let result = (|| -> io::Result<()> {
        match &args.command {
            DictCommand::Stats { json } => {
                let mut by_type: BTreeMap<&str, u64> = BTreeMap::new();
                let mut by_subtype: BTreeMap<String, u64> = BTreeMap::new();
                let mut aliases = 0u64;
                for e in g.entries() {
                    *by_type.entry(e.etype.as_str()).or_default() += 1;
                    *by_subtype.entry(format!("{}/{}", e.etype.as_str(), e.subtype)).or_default() += 1;
                    aliases += e.aliases.len() as u64;
                }
                let lex = p.lexicon();
                let stats = serde_json::json!({
                    "entities": g.entries().len(),
                    "entities_by_type": by_type,
                    "entities_by_subtype": by_subtype,
                    "aliases": aliases,
                    "patterns": g.pattern_count(),
                    "lexicon": {
                        "speech_verb_forms": lex.speech_verbs.len(),
                        "titles": lex.titles.len(),
                        "first_names": lex.first_names.len(),
                        "surnames": lex.surname_count,
                        "stopwords": lex.stopword_count,
                    },
                    "matcher_build_seconds": (g.build_seconds() * 1000.0).round() / 1000.0,
                    "load_seconds": (load_seconds * 1000.0).round() / 1000.0,
                });
                if *json {
                    writeln!(out, "{stats}")?;
                } else {
                    writeln!(out, "{}", serde_json::to_string_pretty(&stats).unwrap_or_default())?;
                }
            }
            DictCommand::Lookup { name } => {
                let hits = g.lookup(name);
                if hits.is_empty() {
                    writeln!(out, "no entry has {name:?} as a name")?;
                }
                for e in hits {
                    writeln!(
                        out,
                        "{}\t{}\t{}\t{}\taliases: {}\tgender: {}\tcountry: {}\troles: {}\tweight: {}",
                        e.id,
                        e.etype.as_str(),
                        e.subtype,
                        e.canonical,
                        e.aliases.join("|"),
                        match e.gender {
                            Some(sayso::annotation::Gender::Male) => "m",
                            Some(sayso::annotation::Gender::Female) => "f",
                            None => "",
                        },
                        e.country,
                        e.roles.join("|"),
                        e.weight
                    )?;
                }
            }
            DictCommand::Export => {
                for pat in g.patterns() {
                    writeln!(out, "{pat}")?;
                }
            }
            DictCommand::Check { .. } => {}
        }
        out.flush()
    })();
    // Freeing the dictionaries takes time and the process is about to end.
    std::mem::forget(p);
    match result {
        Ok(()) => Ok(EXIT_OK),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(EXIT_OK),
        Err(e) => Err(e.into()),
    }
}
