//! The page: one self-contained HTML file, charts as inline SVG, no scripts,
//! no fonts or images from elsewhere (a Content-Security-Policy forbids
//! them), printable. Every text that comes from the data is escaped.

use super::summary::{pct, GenderShare, Summary, Table};
use std::fmt::Write;

/// `s` escaped for HTML text and attribute values (also inside inline SVG).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A label cut to `max` characters for a chart axis: its start and its end
/// with an ellipsis between (names of one outlet family differ at the end).
fn clip(s: &str, max: usize) -> String {
    let n = s.chars().count();
    if n <= max {
        return s.to_string();
    }
    let head = max * 2 / 5;
    let tail = max - head - 1;
    let mut t: String = s.chars().take(head).collect();
    t.push('…');
    t.extend(s.chars().skip(n - tail));
    t
}

/// 1234567 → "1,234,567".
fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "1 quote", "2 quotes".
fn count(n: u64, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{} {word}s", thousands(n))
    }
}

/// Round tick values from 0 to at least `max`: steps of 1, 2 or 5 times a power of ten.
fn ticks(max: u64) -> Vec<u64> {
    let max = max.max(1);
    let raw = max as f64 / 5.0;
    let mag = 10f64.powf(raw.log10().floor()).max(1.0);
    let step = [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * mag).find(|s| *s >= raw).unwrap_or(10.0 * mag).max(1.0) as u64;
    let mut out = vec![0];
    while *out.last().unwrap_or(&0) < max {
        let next = out.last().unwrap_or(&0) + step;
        out.push(next);
    }
    out
}

const WIDTH: f64 = 760.0;
const LEFT: f64 = 250.0;
const ROW: f64 = 22.0;
const BAR: f64 = 15.0;

/// One bar of a horizontal bar chart.
struct Bar {
    label: String,
    value: u64,
    class: &'static str,
    note: String,
}

fn svg_open(out: &mut String, height: f64, title: &str) {
    let _ = write!(
        out,
        r#"<svg class="chart" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" role="img"><title>{}</title>"#,
        escape(title)
    );
}

/// A y-axis title, rotated, at the left edge.
/// The x axis title, centred under the plot.
fn x_title(out: &mut String, text: &str, x_mid: f64, y: f64) {
    let _ = write!(out, r#"<text class="axis-title" x="{x_mid}" y="{y}" text-anchor="middle">{}</text>"#, escape(text));
}

fn y_title(out: &mut String, text: &str, x: f64, y_mid: f64) {
    let _ = write!(
        out,
        r#"<text class="axis-title" x="{x}" y="{y_mid}" transform="rotate(-90 {x} {y_mid})" text-anchor="middle">{}</text>"#,
        escape(text)
    );
}

/// A legend row at the top: (class, label).
fn legend(out: &mut String, items: &[(&str, &str)], y: f64) {
    let mut x = LEFT;
    for (class, label) in items {
        let _ = write!(
            out,
            r#"<rect class="{class}" x="{x}" y="{}" width="12" height="12"/><text x="{}" y="{}">{}</text>"#,
            y - 10.0,
            x + 16.0,
            y,
            escape(label)
        );
        x += 22.0 + 7.5 * label.chars().count() as f64;
    }
}

/// A horizontal bar chart: categories down the y axis, counts along the x axis.
fn hbar(title: &str, x_label: &str, y_label: &str, bars: &[Bar], legend_items: &[(&str, &str)]) -> String {
    let mut out = String::new();
    let _ = write!(out, r#"<figure><figcaption>{}</figcaption>"#, escape(title));
    if bars.is_empty() {
        let _ = write!(out, r#"<p class="empty">No data: 0 {}.</p></figure>"#, escape(x_label));
        return out;
    }
    let top = if legend_items.is_empty() { 8.0 } else { 30.0 };
    let plot_w = WIDTH - LEFT - 130.0;
    let plot_h = ROW * bars.len() as f64;
    let height = top + plot_h + 46.0;
    svg_open(&mut out, height, title);
    if !legend_items.is_empty() {
        legend(&mut out, legend_items, 16.0);
    }
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0);
    let t = ticks(max);
    let scale = plot_w / *t.last().unwrap_or(&1).max(&1) as f64;
    let axis_y = top + plot_h;
    for v in &t {
        let x = LEFT + *v as f64 * scale;
        let _ = write!(
            out,
            r#"<line class="grid" x1="{x:.1}" y1="{top}" x2="{x:.1}" y2="{axis_y}"/><text class="tick" x="{x:.1}" y="{}" text-anchor="middle">{}</text>"#,
            axis_y + 15.0,
            thousands(*v)
        );
    }
    let _ = write!(out, r#"<line class="axis" x1="{LEFT}" y1="{top}" x2="{LEFT}" y2="{axis_y}"/>"#);
    let _ = write!(out, r#"<line class="axis" x1="{LEFT}" y1="{axis_y}" x2="{}" y2="{axis_y}"/>"#, LEFT + plot_w);
    for (i, b) in bars.iter().enumerate() {
        let y = top + i as f64 * ROW + (ROW - BAR) / 2.0;
        let w = b.value as f64 * scale;
        let _ = write!(
            out,
            r#"<g><title>{}: {}</title><text class="cat" x="{}" y="{:.1}" text-anchor="end">{}</text><rect class="{}" x="{LEFT}" y="{y:.1}" width="{w:.1}" height="{BAR}"/><text class="val" x="{:.1}" y="{:.1}">{}</text></g>"#,
            escape(&b.label),
            escape(&b.note),
            LEFT - 6.0,
            y + BAR - 3.0,
            escape(&clip(&b.label, 30)),
            b.class,
            LEFT + w + 4.0,
            y + BAR - 3.0,
            escape(&b.note)
        );
    }
    x_title(&mut out, x_label, LEFT + plot_w / 2.0, axis_y + 36.0);
    y_title(&mut out, y_label, 14.0, top + plot_h / 2.0);
    out.push_str("</svg></figure>");
    out
}

const GENDER_LEGEND: [(&str, &str); 3] = [("female", "female"), ("male", "male"), ("unknown", "unknown")];

/// Stacked 100% bars of quote shares by speaker gender, one row per category.
fn share_chart(title: &str, y_label: &str, rows: &[(String, GenderShare)]) -> String {
    let mut out = String::new();
    let _ = write!(out, r#"<figure><figcaption>{}</figcaption>"#, escape(title));
    if rows.is_empty() {
        out.push_str(r#"<p class="empty">No data.</p></figure>"#);
        return out;
    }
    let top = 30.0;
    let plot_w = WIDTH - LEFT - 130.0;
    let plot_h = ROW * rows.len() as f64;
    let height = top + plot_h + 46.0;
    svg_open(&mut out, height, title);
    legend(&mut out, &GENDER_LEGEND, 16.0);
    let axis_y = top + plot_h;
    for p in (0..=100).step_by(20) {
        let x = LEFT + plot_w * p as f64 / 100.0;
        let _ = write!(
            out,
            r#"<line class="grid" x1="{x:.1}" y1="{top}" x2="{x:.1}" y2="{axis_y}"/><text class="tick" x="{x:.1}" y="{}" text-anchor="middle">{p}%</text>"#,
            axis_y + 15.0
        );
    }
    let _ = write!(out, r#"<line class="axis" x1="{LEFT}" y1="{top}" x2="{LEFT}" y2="{axis_y}"/>"#);
    for (i, (label, g)) in rows.iter().enumerate() {
        let y = top + i as f64 * ROW + (ROW - BAR) / 2.0;
        let total = g.total();
        let _ = write!(
            out,
            r#"<g><title>{}: female {} ({}%), male {} ({}%), unknown {} ({}%)</title><text class="cat" x="{}" y="{:.1}" text-anchor="end">{}</text>"#,
            escape(label),
            g.female,
            pct(g.female_share),
            g.male,
            pct(g.male_share),
            g.unknown,
            pct(g.unknown_share),
            LEFT - 6.0,
            y + BAR - 3.0,
            escape(&clip(label, 30))
        );
        let mut x = LEFT;
        for (class, share) in [("female", g.female_share), ("male", g.male_share), ("unknown", g.unknown_share)] {
            let w = plot_w * share;
            if w > 0.0 {
                let _ = write!(out, r#"<rect class="{class}" x="{x:.1}" y="{y:.1}" width="{w:.1}" height="{BAR}"/>"#);
                if w >= 34.0 {
                    let _ = write!(
                        out,
                        r#"<text class="inbar" x="{:.1}" y="{:.1}" text-anchor="middle">{}%</text>"#,
                        x + w / 2.0,
                        y + BAR - 3.0,
                        pct(share)
                    );
                }
            }
            x += w;
        }
        let _ = write!(
            out,
            r#"<text class="val" x="{:.1}" y="{:.1}">{}</text></g>"#,
            LEFT + plot_w + 6.0,
            y + BAR - 3.0,
            count(total, "quote")
        );
    }
    x_title(&mut out, "share of quotes (%)", LEFT + plot_w / 2.0, axis_y + 36.0);
    y_title(&mut out, y_label, 14.0, top + plot_h / 2.0);
    out.push_str("</svg></figure>");
    out
}

/// A vertical histogram: bins along the x axis, counts up the y axis.
fn histogram(title: &str, x_label: &str, y_label: &str, bins: &[(String, u64)]) -> String {
    let mut out = String::new();
    let _ = write!(out, r#"<figure><figcaption>{}</figcaption>"#, escape(title));
    let (left, top, plot_h) = (80.0, 22.0, 220.0);
    let plot_w = WIDTH - left - 20.0;
    let height = top + plot_h + 50.0;
    svg_open(&mut out, height, title);
    let max = bins.iter().map(|b| b.1).max().unwrap_or(0);
    let t = ticks(max);
    let scale = plot_h / *t.last().unwrap_or(&1).max(&1) as f64;
    let axis_y = top + plot_h;
    for v in &t {
        let y = axis_y - *v as f64 * scale;
        let _ = write!(
            out,
            r#"<line class="grid" x1="{left}" y1="{y:.1}" x2="{}" y2="{y:.1}"/><text class="tick" x="{}" y="{:.1}" text-anchor="end">{}</text>"#,
            left + plot_w,
            left - 6.0,
            y + 4.0,
            thousands(*v)
        );
    }
    let _ = write!(out, r#"<line class="axis" x1="{left}" y1="{top}" x2="{left}" y2="{axis_y}"/>"#);
    let _ = write!(out, r#"<line class="axis" x1="{left}" y1="{axis_y}" x2="{}" y2="{axis_y}"/>"#, left + plot_w);
    let slot = plot_w / bins.len().max(1) as f64;
    for (i, (label, n)) in bins.iter().enumerate() {
        let x = left + i as f64 * slot + slot * 0.15;
        let h = *n as f64 * scale;
        let _ = write!(
            out,
            r#"<g><title>{}: {}</title><rect class="bar" x="{x:.1}" y="{:.1}" width="{:.1}" height="{h:.1}"/><text class="val" x="{:.1}" y="{:.1}" text-anchor="middle">{}</text><text class="tick" x="{:.1}" y="{}" text-anchor="middle">{}</text></g>"#,
            escape(label),
            count(*n, "article"),
            axis_y - h,
            slot * 0.7,
            x + slot * 0.35,
            axis_y - h - 4.0,
            thousands(*n),
            x + slot * 0.35,
            axis_y + 15.0,
            escape(label)
        );
    }
    x_title(&mut out, x_label, left + plot_w / 2.0, axis_y + 38.0);
    y_title(&mut out, y_label, 16.0, top + plot_h / 2.0);
    out.push_str("</svg></figure>");
    out
}

fn table_html(out: &mut String, t: &Table) {
    let _ = write!(out, r#"<table id="t-{}"><caption>{}</caption><thead><tr>"#, escape(&t.name), escape(&t.title));
    for h in &t.header {
        let _ = write!(out, "<th>{}</th>", escape(h));
    }
    out.push_str("</tr></thead><tbody>");
    for row in &t.rows {
        out.push_str("<tr>");
        for cell in row {
            let numeric = !cell.is_empty() && cell.bytes().all(|b| b.is_ascii_digit() || b == b'.');
            if numeric {
                let _ = write!(out, r#"<td class="n">{}</td>"#, escape(cell));
            } else {
                let _ = write!(out, "<td>{}</td>", escape(cell));
            }
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
}

const STYLE: &str = r#"
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1a1a1a;background:#fff;max-width:800px;margin:1.5em auto;padding:0 1em;line-height:1.4}
h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.25em;border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:1.6em}
.meta{color:#555;font-size:.9em}
dl.totals{display:grid;grid-template-columns:repeat(3,1fr);gap:.4em 1em;margin:1em 0}
dl.totals div{border:1px solid #ddd;border-radius:4px;padding:.4em .6em}
dl.totals dt{font-size:.8em;color:#555}dl.totals dd{margin:0;font-size:1.2em;font-weight:600}
figure{margin:1em 0;break-inside:avoid;page-break-inside:avoid}
figcaption{font-weight:600;margin-bottom:.3em}
svg.chart{max-width:100%;height:auto;font-size:12px;font-family:inherit}
svg text{fill:#1a1a1a}
svg .tick{fill:#444;font-size:11px}svg .axis-title{font-size:12px;font-weight:600}
svg .val{font-size:11px}svg .cat{font-size:11px}svg .inbar{font-size:10px;fill:#fff}
svg .grid{stroke:#e3e3e3;stroke-width:1}svg .axis{stroke:#333;stroke-width:1}
.bar{fill:#4a7ab0}.female{fill:#d9601a}.male{fill:#3b5ba5}.unknown{fill:#a8a8a8}.mixed{fill:#8e6bbf}
table{border-collapse:collapse;margin:.6em 0 1.2em;font-size:.85em;break-inside:auto}
caption{text-align:left;font-weight:600;padding:.2em 0}
th,td{border:1px solid #ccc;padding:.15em .5em;text-align:left;vertical-align:top}
th{background:#f2f2f2}td.n{text-align:right;font-variant-numeric:tabular-nums}
.empty,.note{color:#555;font-size:.9em}
@media print{body{max-width:none;margin:0}h2{break-after:avoid}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
"#;

/// The report page. `top` caps the rows of the group chart and table.
pub fn render_html(s: &Summary, top: usize) -> String {
    let tables = s.tables(Some(top));
    let table = |name: &str| tables.iter().find(|t| t.name == name);
    let mut out = String::with_capacity(64 * 1024);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.push_str(r#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">"#);
    out.push_str(r#"<meta name="viewport" content="width=device-width, initial-scale=1">"#);
    out.push_str("<title>sayso report: who is quoted</title><style>");
    out.push_str(STYLE);
    out.push_str("</style></head><body>\n");

    // Header.
    let t = &s.totals;
    out.push_str("<header><h1>Who is quoted</h1>");
    let files = &s.inputs.files;
    let shown: Vec<String> = files.iter().take(10).map(|f| format!("<code>{}</code>", escape(f))).collect();
    let more = if files.len() > 10 { format!(" and {} more", files.len() - 10) } else { String::new() };
    let _ = write!(
        out,
        r#"<p class="meta">sayso {} report of {} input{}: {}{}.</p>"#,
        escape(&s.sayso_version),
        files.len(),
        if files.len() == 1 { "" } else { "s" },
        shown.join(", "),
        more
    );
    let range = match &t.date_range {
        Some(d) => format!("{} – {}", escape(&d.first), escape(&d.last)),
        None => "no dates".to_string(),
    };
    out.push_str(r#"<dl class="totals">"#);
    for (k, v) in [
        ("files", thousands(files.len() as u64)),
        ("articles", thousands(t.articles)),
        ("quotes", thousands(t.quotes)),
        ("entity mentions", thousands(t.entities)),
        ("distinct speakers", thousands(t.distinct_speakers)),
        ("date range", range),
    ] {
        let _ = write!(out, "<div><dt>{k}</dt><dd>{v}</dd></div>");
    }
    out.push_str("</dl>");
    let mut notes = Vec::new();
    if t.dated_articles > 0 {
        notes.push(format!(
            "{} of {} articles have a date (field {}).",
            thousands(t.dated_articles),
            thousands(t.articles),
            escape(&t.date_fields.join(", "))
        ));
    }
    if s.inputs.error_records > 0 {
        notes.push(format!("{} error records of the extraction were skipped.", thousands(s.inputs.error_records)));
    }
    if s.inputs.bad_lines > 0 {
        notes.push(format!(
            "{} lines were not sayso output and were not counted (see the messages of the run).",
            thousands(s.inputs.bad_lines)
        ));
    }
    if !notes.is_empty() {
        let _ = write!(out, r#"<p class="note">{}</p>"#, notes.join(" "));
    }
    out.push_str("</header>\n");

    // Speakers.
    out.push_str(r#"<section id="speakers"><h2>Top quoted speakers</h2>"#);
    let _ = write!(
        out,
        r#"<p>{} of {} quotes (<strong>{}%</strong>) have no speaker (sayso could not name who said them). Bars: quotes attributed to each speaker (alone or in a group), coloured by the gender of their quotes; the number of articles quoting them follows.</p>"#,
        thousands(t.quotes_without_speaker),
        thousands(t.quotes),
        pct(t.quotes_without_speaker_share)
    );
    let bars: Vec<Bar> = s
        .top_speakers
        .iter()
        .map(|sp| Bar {
            label: sp.speaker.clone(),
            value: sp.quotes,
            class: match sp.gender.as_str() {
                "female" => "female",
                "male" => "male",
                "mixed" => "mixed",
                _ => "unknown",
            },
            note: format!("{} · {}", count(sp.quotes, "quote"), count(sp.articles, "article")),
        })
        .collect();
    out.push_str(&hbar(
        &format!("Top {} quoted speakers", s.top_speakers.len()),
        "quotes",
        "speaker",
        &bars,
        &[("female", "female"), ("male", "male"), ("mixed", "mixed"), ("unknown", "unknown")],
    ));
    if let Some(tb) = table("speakers") {
        table_html(&mut out, tb);
    }
    out.push_str("</section>\n");

    // Gender.
    out.push_str(r#"<section id="gender"><h2>Quotes by speaker gender</h2>"#);
    out.push_str(r#"<p>Each quote counts once, by its <code>speaker_gender</code>; quotes with no speaker, groups, organizations and speakers whose gender sayso did not find count as unknown.</p>"#);
    out.push_str(&share_chart("Share of quotes by speaker gender, all quotes", "quotes", &[("all quotes".to_string(), s.gender)]));
    if let Some(tb) = table("gender") {
        table_html(&mut out, tb);
    }
    match &s.by {
        Some(by) => {
            let rows: Vec<(String, GenderShare)> = by
                .groups
                .iter()
                .take(top)
                .map(|g| (g.value.clone().unwrap_or_else(|| format!("(no {})", by.field)), g.gender))
                .collect();
            out.push_str(&share_chart(&format!("Share of quotes by speaker gender, by {}", by.field), &by.field, &rows));
            if by.groups.len() > top {
                let _ = write!(
                    out,
                    r#"<p class="note">The {} {} values with most quotes of {}; all are in the JSON and CSV output.</p>"#,
                    top,
                    escape(&by.field),
                    by.groups.len()
                );
            }
            if let Some(tb) = table("gender_by_group") {
                table_html(&mut out, tb);
            }
        }
        None => {
            let _ = write!(
                out,
                r#"<p class="note">No record has a {} field to group by (give one with <code>--by FIELD</code>).</p>"#,
                super::GROUP_FIELDS.join(", ")
            );
        }
    }
    if s.by_month.is_empty() {
        let _ = write!(
            out,
            r#"<p class="note">No record has a date (fields {}), so there is no chart by month.</p>"#,
            super::DATE_FIELDS.join(", ")
        );
    } else {
        let rows: Vec<(String, GenderShare)> =
            s.by_month.iter().map(|g| (g.value.clone().unwrap_or_default(), g.gender)).collect();
        out.push_str(&share_chart("Share of quotes by speaker gender, by month", "month", &rows));
        if let Some(tb) = table("gender_by_month") {
            table_html(&mut out, tb);
        }
    }
    if let Some(tb) = table("gender_sources") {
        table_html(&mut out, tb);
    }
    out.push_str("</section>\n");

    // Entities.
    out.push_str(r#"<section id="entities"><h2>Most mentioned entities</h2><p>Mentions of each entity (by canonical name), with the number of articles mentioning it.</p>"#);
    if s.entities_by_type.is_empty() {
        out.push_str(r#"<p class="empty">No entities.</p>"#);
    }
    for et in &s.entities_by_type {
        let bars: Vec<Bar> = et
            .top
            .iter()
            .map(|e| Bar {
                label: e.name.clone(),
                value: e.mentions,
                class: "bar",
                note: format!("{} · {}", count(e.mentions, "mention"), count(e.articles, "article")),
            })
            .collect();
        out.push_str(&hbar(
            &format!(
                "Most mentioned {} ({} mentions of {} distinct)",
                et.entity_type,
                thousands(et.mentions),
                thousands(et.distinct)
            ),
            "mentions",
            &et.entity_type,
            &bars,
            &[],
        ));
    }
    if let Some(tb) = table("entities") {
        table_html(&mut out, tb);
    }
    out.push_str("</section>\n");

    // Quotes per article and methods.
    out.push_str(r#"<section id="quotes-per-article"><h2>Quotes per article</h2>"#);
    let bins: Vec<(String, u64)> = s.quotes_per_article.iter().map(|b| (b.label.clone(), b.articles)).collect();
    out.push_str(&histogram("Articles by number of quotes", "quotes in the article", "articles", &bins));
    if let Some(tb) = table("quotes_per_article") {
        table_html(&mut out, tb);
    }
    out.push_str("</section>\n");

    out.push_str(r#"<section id="methods"><h2>How speakers were found</h2><p><code>explicit</code>: named next to the quote; <code>pronoun</code>: "he", "she", resolved; <code>nominal</code>: a description ("the minister"); <code>continuation</code>: carried over from the quote before; <code>none</code>: no speaker.</p>"#);
    let bars: Vec<Bar> = s
        .methods
        .iter()
        .map(|m| Bar {
            label: m.name.clone(),
            value: m.quotes,
            class: "bar",
            note: format!("{} ({}%)", thousands(m.quotes), pct(m.share)),
        })
        .collect();
    out.push_str(&hbar("Quotes by attribution method", "quotes", "method", &bars, &[]));
    if let Some(tb) = table("methods") {
        table_html(&mut out, tb);
    }
    out.push_str("</section>\n");

    if let Some(tb) = table("overview") {
        out.push_str(r#"<section id="overview"><h2>Overview</h2>"#);
        table_html(&mut out, tb);
        out.push_str("</section>\n");
    }
    let _ = write!(
        out,
        r#"<footer class="note"><p>Made by <code>sayso report</code> (sayso {}). The same numbers: <code>--json</code>, <code>--csv DIR</code>.</p></footer>"#,
        escape(&s.sayso_version)
    );
    out.push_str("\n</body></html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_input_gives_a_page_without_nan_or_bars() {
        let page = render_html(&crate::report::Aggregator::new(None).summary(5), 5);
        assert!(page.contains("<dt>articles</dt><dd>0</dd>"));
        assert!(page.contains("No data: 0 quotes."));
        assert!(!page.contains("NaN") && !page.contains("inf\"") && !page.contains(">inf"));
        assert!(page.ends_with("</body></html>\n"));
    }

    #[test]
    fn escape_covers_markup_and_quotes() {
        assert_eq!(escape(r#"<a href="x">'&'</a>"#), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    }

    #[test]
    fn ticks_are_round_and_reach_the_maximum() {
        assert_eq!(ticks(0), vec![0, 1]);
        assert_eq!(ticks(7), vec![0, 2, 4, 6, 8]);
        assert_eq!(ticks(100), vec![0, 20, 40, 60, 80, 100]);
        assert_eq!(ticks(1234), vec![0, 500, 1000, 1500]);
    }

    #[test]
    fn numbers_get_thousands_separators_and_labels_are_clipped() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(clip("abcdefghij", 6), "ab…hij");
        assert_eq!(clip("Article-Bias-Prediction/AllSides (CNN (Web News))", 30), "Article-Bias… (CNN (Web News))");
        assert_eq!(clip("abc", 4), "abc");
    }
}
