//! Criterion benches, one per pipeline stage, on the shipped sample articles.
//! `cargo bench` (the whole-pipeline throughput report is `sayso bench`).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use sayso::output::{write_article, OutputOptions};
use sayso::text::Segmented;
use sayso::{Article, Pipeline};

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
    g.bench_function("segment", |b| b.iter(|| texts.iter().map(|t| Segmented::new(t).sentences.len()).sum::<usize>()));
    g.bench_function("match", |b| b.iter(|| texts.iter().map(|t| p.gazetteer().find(t).len()).sum::<usize>()));
    g.bench_function("quotes", |b| {
        b.iter(|| texts.iter().map(|t| sayso::quotes::find_quotes(t, &Segmented::new(t)).len()).sum::<usize>())
    });
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
