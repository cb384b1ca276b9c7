//! Criterion benches, one per pipeline stage (each fed the output of the
//! stages before it, computed once), on the shipped sample articles.
//! `cargo bench` (the whole-pipeline throughput report is `sayso bench`).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use sayso::output::{write_article, OutputOptions};
use sayso::input::{parse_jsonl_line, InputOptions};
use sayso::text::Segmented;
use sayso::{attribute, quotes, resolve, Article, Origin, Pipeline};

fn sample_texts() -> Vec<String> {
    let mut texts: Vec<String> = include_str!("../samples/news.jsonl")
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| ["text", "maintext", "content"].iter().find_map(|f| v[f].as_str().map(String::from)))
        .collect();
    texts.extend(include_str!("../samples/news-dump.txt").split("\n\n\n").map(String::from));
    texts
}

fn stages(c: &mut Criterion) {
    let p = Pipeline::new().expect("dictionaries load");
    let texts = sample_texts();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(bytes as u64));
    let lines: Vec<&str> = include_str!("../samples/news.jsonl").lines().collect();
    let origin = Origin { file: "bench".into(), line: 1 };
    g.throughput(Throughput::Bytes(lines.iter().map(|l| l.len() as u64).sum()));
    g.bench_function("read+parse (sample JSONL lines)", |b| {
        b.iter(|| lines.iter().filter_map(|l| parse_jsonl_line(l.as_bytes(), origin.clone(), &InputOptions::default())).count())
    });
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("segment", |b| b.iter(|| texts.iter().map(|t| p.segment(t).sentences.len()).sum::<usize>()));
    let segs: Vec<Segmented> = texts.iter().map(|t| p.segment(t)).collect();
    let matches: Vec<_> = texts.iter().map(|t| p.gazetteer().find(t)).collect();
    g.bench_function("resolve", |b| {
        b.iter(|| {
            texts.iter().zip(&segs).zip(&matches)
                .map(|((t, s), m)| resolve::resolve(t, s, m, p.gazetteer(), p.lexicon()).len())
                .sum::<usize>()
        })
    });
    let entities: Vec<_> = texts.iter().zip(&segs).zip(&matches).map(|((t, s), m)| resolve::resolve(t, s, m, p.gazetteer(), p.lexicon())).collect();
    let spans: Vec<_> = texts.iter().zip(&segs).map(|(t, s)| quotes::find_quotes(t, s)).collect();
    g.bench_function("attribute", |b| {
        b.iter(|| {
            (0..texts.len())
                .map(|i| {
                    let cx = attribute::Context {
                        text: &texts[i],
                        seg: &segs[i],
                        quotes: &spans[i],
                        entities: &entities[i],
                        lexicon: p.lexicon(),
                        gazetteer: p.gazetteer(),
                    };
                    attribute::attribute(&cx).len()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("match", |b| b.iter(|| texts.iter().map(|t| p.gazetteer().find(t).len()).sum::<usize>()));
    g.bench_function("quotes", |b| b.iter(|| texts.iter().zip(&segs).map(|(t, s)| quotes::find_quotes(t, s).len()).sum::<usize>()));
    g.bench_function("annotate (all stages)", |b| b.iter(|| texts.iter().map(|t| p.annotate_text(t).quotes.len()).sum::<usize>()));
    let articles: Vec<(Article, _)> =
        texts.iter().map(|t| (Article::from_text("bench#1", None, t.clone()), ())).collect();
    let anns: Vec<_> = articles.iter().map(|(a, _)| p.annotate(a)).collect();
    g.bench_function("serialize", |b| {
        let mut buf = Vec::new();
        b.iter(|| {
            buf.clear();
            for ((a, _), ann) in articles.iter().zip(&anns) {
                write_article(&mut buf, a, ann, &OutputOptions::default());
            }
            buf.len()
        })
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
