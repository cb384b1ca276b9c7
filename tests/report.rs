//! `sayso report` end to end: a fixture whose counts are known by
//! construction; the page, the JSON and the CSV files agree with it and with
//! each other; text from the data cannot inject markup; the page renders in
//! headless Chromium.

mod common;

use common::{repo, run};
use serde_json::{json, Value};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

const SCRIPT_NAME: &str = "<script>alert(1)</script>";
const IMG_ORG: &str = "\"><img src=x onerror=alert(1)>";
const PLANET: &str = "Daily <b>Planet</b>";

fn quote(speakers: &[(&str, Option<&str>)], gender: Option<&str>, source: Option<&str>, method: &str) -> Value {
    let names: Vec<&str> = speakers.iter().map(|s| s.0).collect();
    json!({
        "text": "words", "start": 0, "end": 5, "kind": "direct",
        "speaker": if names.is_empty() { Value::Null } else { json!(names.join("; ")) },
        "speaker_id": if speakers.len() == 1 { json!(speakers[0].1) } else { Value::Null },
        "speakers": speakers.iter().map(|(n, id)| json!({"name": n, "id": id})).collect::<Vec<_>>(),
        "speaker_mention": null, "cue": null, "method": method,
        "speaker_gender": gender, "gender_source": source,
    })
}

fn entity(ty: &str, canonical: Option<&str>, text: &str, id: Option<&str>) -> Value {
    json!({"text": text, "start": 0, "end": 1, "type": ty, "canonical": canonical, "id": id, "source": "dictionary"})
}

/// The fixture: a.jsonl (five articles, a bad line, an error record, a blank
/// line) and b.jsonl.gz (one article). Counts are worked out in the test below.
fn fixture(dir: &Path) -> (PathBuf, PathBuf) {
    let ann = ("Ann Roe", Some("Q1"));
    let bo = ("Bo Li", None);
    let cy = ("Cy Doe", Some("Q3"));
    let a1 = json!({"id": "a1", "publisher": PLANET, "publication_date": "2024-01-15", "title": "One", "text": "x",
        "entities": [entity("PERSON", Some("Ann Roe"), "Ann Roe", Some("Q1")), entity("PERSON", Some("Ann Roe"), "Roe", Some("Q1")),
                     entity("ORG", Some("Acme & Co"), "Acme", None), entity("LOC", Some("Paris"), "Paris", Some("geonames:1"))],
        "quotes": [quote(&[ann], Some("female"), Some("dictionary"), "explicit"),
                   quote(&[ann], Some("female"), Some("pronoun"), "pronoun"),
                   quote(&[], None, None, "none")]});
    let a2 = json!({"id": "a2", "publisher": PLANET, "publication_date": "2024-01-20T08:00:00Z",
        "entities": [entity("PERSON", Some("Bo Li"), "Bo Li", None), entity("PERSON", Some("Ann Roe"), "Roe", Some("Q1")),
                     entity("LOC", Some("Paris"), "Paris", Some("geonames:1")), entity("LOC", Some("Paris"), "Paris", Some("geonames:1")),
                     entity("NORP", Some("French"), "French", None)],
        "quotes": [quote(&[bo], Some("male"), Some("title"), "explicit"),
                   quote(&[ann, bo], None, None, "explicit")]});
    let a3 = json!({"id": "a3", "publisher": "The Herald", "publication_date": "2024-02-03",
        "entities": [entity("PERSON", Some(SCRIPT_NAME), SCRIPT_NAME, None), entity("ORG", Some("Acme & Co"), "Acme", None)],
        "quotes": [quote(&[(SCRIPT_NAME, None)], None, None, "nominal"),
                   quote(&[cy], Some("male"), Some("dictionary"), "explicit"),
                   quote(&[cy], Some("male"), Some("dictionary"), "continuation")]});
    let a4 = json!({"id": "a4", "publisher": "The Herald",
        "entities": [entity("LOC", Some("Paris"), "Paris", Some("geonames:1")), entity("ORG", None, IMG_ORG, None)],
        "quotes": []});
    // Output of a sayso before the 2026-12-02 extension: no speakers, no gender.
    let a5 = json!({"id": "a5", "source": "wire", "publication_date": "2024-02-28", "entities": [],
        "quotes": [{"text": "w", "start": 0, "end": 1, "kind": "direct", "speaker": "Ann Roe", "speaker_id": "Q1",
                    "speaker_mention": null, "cue": null, "method": "explicit"}]});
    let a6 = json!({"id": "a6", "publisher": "The Herald", "date_publish": "2023-12-31 10:00:00",
        "entities": [entity("PERSON", Some("Dee Fox"), "Dee Fox", None)],
        "quotes": [quote(&[("Dee Fox", None)], Some("female"), Some("first_name"), "explicit")]});
    let a = dir.join("a.jsonl");
    let mut text = String::new();
    for (i, v) in [a1, a2, a3].iter().enumerate() {
        text.push_str(&v.to_string());
        text.push('\n');
        if i == 2 {
            text.push_str("{\"id\": \"broken\", \"quotes\": [\n"); // line 4
            text.push_str("{\"id\":\"e1\",\"error\":{\"kind\":\"invalid_json\",\"message\":\"m\",\"file\":\"f\",\"line\":9}}\n");
            text.push_str("   \n");
        }
    }
    text.push_str(&format!("{a4}\n{a5}\n"));
    std::fs::write(&a, text).unwrap();
    let b = dir.join("b.jsonl.gz");
    let mut gz = flate2::write::GzEncoder::new(std::fs::File::create(&b).unwrap(), flate2::Compression::default());
    writeln!(gz, "{a6}").unwrap();
    gz.finish().unwrap();
    (a, b)
}

fn read_csv(path: &Path) -> Vec<Vec<String>> {
    let mut r = csv::ReaderBuilder::new().has_headers(false).from_path(path).unwrap();
    r.records().map(|rec| rec.unwrap().iter().map(str::to_string).collect()).collect()
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

/// The rows (header first) of the page's table `id`, cells unescaped.
fn html_table(html: &str, id: &str) -> Vec<Vec<String>> {
    let start = html.find(&format!("<table id=\"{id}\">")).unwrap_or_else(|| panic!("no table {id}"));
    let end = start + html[start..].find("</table>").unwrap();
    let body = &html[start..end];
    body.split("<tr>")
        .skip(1)
        .map(|row| {
            let row = &row[..row.find("</tr>").unwrap()];
            row.split("</t")
                .filter_map(|cell| {
                    let open = cell.find("<td").or_else(|| cell.find("<th"))?;
                    let gt = open + cell[open..].find('>')?;
                    Some(unescape(&cell[gt + 1..]))
                })
                .collect()
        })
        .collect()
}

fn rows(items: &[&[&str]]) -> Vec<Vec<String>> {
    items.iter().map(|r| r.iter().map(|c| c.to_string()).collect()).collect()
}

#[test]
fn page_json_and_csv_agree_with_the_fixture_and_each_other() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = fixture(dir.path());
    let html_path = dir.path().join("report.html");
    let json_path = dir.path().join("summary.json");
    let csv_dir = dir.path().join("csv");
    let out = run(
        &[
            "report",
            a.to_str().unwrap(),
            b.to_str().unwrap(),
            "-o",
            html_path.to_str().unwrap(),
            "--json",
            json_path.to_str().unwrap(),
            "--csv",
            csv_dir.to_str().unwrap(),
        ],
        None,
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    // One bad line: reported with file and line, exit 1, the rest counted.
    assert_eq!(out.status.code(), Some(1), "stderr: {stderr}");
    assert!(stderr.contains(&format!("{}:4: not a line of sayso output", a.display())), "stderr: {stderr}");
    assert_eq!(stderr.matches("not a line of sayso output").count(), 1, "stderr: {stderr}");

    let s: Value = serde_json::from_str(&std::fs::read_to_string(&json_path).unwrap()).unwrap();
    let html = std::fs::read_to_string(&html_path).unwrap();

    // Totals, known by construction.
    assert_eq!(s["inputs"]["files"].as_array().unwrap().len(), 2);
    assert_eq!((s["inputs"]["lines"].as_u64(), s["inputs"]["bad_lines"].as_u64(), s["inputs"]["error_records"].as_u64()), (Some(8), Some(1), Some(1)));
    let t = &s["totals"];
    assert_eq!(t["articles"], 6);
    assert_eq!(t["quotes"], 10);
    assert_eq!(t["entities"], 14);
    assert_eq!(t["quotes_without_speaker"], 1);
    assert_eq!(t["quotes_without_speaker_share"], 0.1);
    assert_eq!(t["distinct_speakers"], 5);
    assert_eq!(t["dated_articles"], 5);
    assert_eq!(t["date_fields"], json!(["publication_date", "date_publish"]));
    assert_eq!(t["date_range"], json!({"first": "2023-12-31", "last": "2024-02-28"}));
    assert_eq!(s["sayso_version"], env!("CARGO_PKG_VERSION"));
    let g = &s["gender"];
    assert_eq!((g["female"].as_u64(), g["male"].as_u64(), g["unknown"].as_u64()), (Some(3), Some(3), Some(4)));
    assert_eq!(g["unknown_share"], 0.4);

    // Speakers: the group quote counts for both its speakers; old-style output for its `speaker`.
    let expected_speakers = rows(&[
        &["rank", "speaker", "id", "quotes", "articles", "female quotes", "male quotes", "gender"],
        &["1", "Ann Roe", "Q1", "4", "3", "2", "0", "female"],
        &["2", "Bo Li", "", "2", "1", "0", "1", "male"],
        &["3", "Cy Doe", "Q3", "2", "1", "0", "2", "male"],
        &["4", SCRIPT_NAME, "", "1", "1", "0", "0", "unknown"],
        &["5", "Dee Fox", "", "1", "1", "1", "0", "female"],
    ]);
    assert_eq!(read_csv(&csv_dir.join("speakers.csv")), expected_speakers);
    let js: Vec<Vec<String>> = s["top_speakers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            ["rank", "speaker", "id", "quotes", "articles", "female_quotes", "male_quotes", "gender"]
                .iter()
                .map(|k| match &r[*k] {
                    Value::String(s) => s.clone(),
                    Value::Null => String::new(),
                    v => v.to_string(),
                })
                .collect()
        })
        .collect();
    assert_eq!(js, expected_speakers[1..]);

    // Gender by publisher (the first group field present; a5 has none, only `source`).
    assert_eq!(s["by"]["field"], "publisher");
    assert_eq!(s["by"]["articles_with_field"], 5);
    let expected_groups = rows(&[
        &["publisher", "articles", "quotes", "female", "male", "unknown", "female (%)", "male (%)", "unknown (%)"],
        &[PLANET, "2", "5", "2", "1", "2", "40.0", "20.0", "40.0"],
        &["The Herald", "3", "4", "1", "2", "1", "25.0", "50.0", "25.0"],
        &["", "1", "1", "0", "0", "1", "0.0", "0.0", "100.0"],
    ]);
    assert_eq!(read_csv(&csv_dir.join("gender_by_group.csv")), expected_groups);
    let groups = s["by"]["groups"].as_array().unwrap();
    assert_eq!(groups[0]["value"], PLANET);
    assert_eq!(groups[0]["gender"]["female_share"], 0.4);
    assert_eq!(groups[2]["value"], Value::Null);

    let expected_months = rows(&[
        &["month", "articles", "quotes", "female", "male", "unknown", "female (%)", "male (%)", "unknown (%)"],
        &["2023-12", "1", "1", "1", "0", "0", "100.0", "0.0", "0.0"],
        &["2024-01", "2", "5", "2", "1", "2", "40.0", "20.0", "40.0"],
        &["2024-02", "2", "4", "0", "2", "2", "0.0", "50.0", "50.0"],
    ]);
    assert_eq!(read_csv(&csv_dir.join("gender_by_month.csv")), expected_months);
    assert_eq!(s["by_month"].as_array().unwrap().len(), 3);
    assert_eq!(s["by_month"][1]["quotes"], 5);

    assert_eq!(
        read_csv(&csv_dir.join("gender.csv")),
        rows(&[&["gender", "quotes", "share (%)"], &["female", "3", "30.0"], &["male", "3", "30.0"], &["unknown", "4", "40.0"]])
    );
    assert_eq!(
        read_csv(&csv_dir.join("gender_sources.csv")),
        rows(&[
            &["gender source", "quotes", "share (%)"],
            &["none", "4", "40.0"],
            &["dictionary", "3", "30.0"],
            &["first_name", "1", "10.0"],
            &["pronoun", "1", "10.0"],
            &["title", "1", "10.0"],
        ])
    );
    assert_eq!(
        read_csv(&csv_dir.join("methods.csv")),
        rows(&[
            &["method", "quotes", "share (%)"],
            &["explicit", "6", "60.0"],
            &["continuation", "1", "10.0"],
            &["nominal", "1", "10.0"],
            &["none", "1", "10.0"],
            &["pronoun", "1", "10.0"],
        ])
    );
    assert_eq!(s["methods"][0], json!({"name": "explicit", "quotes": 6, "share": 0.6}));

    assert_eq!(
        read_csv(&csv_dir.join("entities.csv")),
        rows(&[
            &["type", "rank", "name", "id", "mentions", "articles"],
            &["PERSON", "1", "Ann Roe", "Q1", "3", "2"],
            &["PERSON", "2", SCRIPT_NAME, "", "1", "1"],
            &["PERSON", "3", "Bo Li", "", "1", "1"],
            &["PERSON", "4", "Dee Fox", "", "1", "1"],
            &["ORG", "1", "Acme & Co", "", "2", "2"],
            &["ORG", "2", IMG_ORG, "", "1", "1"],
            &["LOC", "1", "Paris", "geonames:1", "4", "3"],
            &["NORP", "1", "French", "", "1", "1"],
        ])
    );
    let types: Vec<(&str, u64, u64)> = s["entities_by_type"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["type"].as_str().unwrap(), t["mentions"].as_u64().unwrap(), t["distinct"].as_u64().unwrap()))
        .collect();
    assert_eq!(types, vec![("PERSON", 6, 4), ("ORG", 3, 2), ("LOC", 4, 1), ("NORP", 1, 1)]);

    let hist = read_csv(&csv_dir.join("quotes_per_article.csv"));
    assert_eq!(hist[0], vec!["quotes", "articles"]);
    assert_eq!(&hist[1..5], &rows(&[&["0", "1"], &["1", "2"], &["2", "1"], &["3", "2"]])[..]);
    assert!(hist[5..].iter().all(|r| r[1] == "0"), "{hist:?}");
    assert_eq!(hist.last().unwrap()[0], "20+");
    let hist_json: u64 = s["quotes_per_article"].as_array().unwrap().iter().map(|b| b["articles"].as_u64().unwrap()).sum();
    assert_eq!(hist_json, 6);

    let overview = read_csv(&csv_dir.join("overview.csv"));
    for (k, v) in [("articles", "6"), ("quotes", "10"), ("entity mentions", "14"), ("bad lines", "1"), ("first date", "2023-12-31")] {
        assert!(overview.contains(&vec![k.to_string(), v.to_string()]), "{k}: {overview:?}");
    }

    // The page's tables are the CSV files, cell for cell.
    let mut names: Vec<String> = std::fs::read_dir(&csv_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().trim_end_matches(".csv").to_string())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["entities", "gender", "gender_by_group", "gender_by_month", "gender_sources", "methods", "overview", "quotes_per_article", "speakers"]
    );
    for name in &names {
        assert_eq!(html_table(&html, &format!("t-{name}")), read_csv(&csv_dir.join(format!("{name}.csv"))), "table {name}");
    }
    // The charts carry the same numbers.
    assert!(html.contains("<dt>quotes</dt><dd>10</dd>") && html.contains("<dt>articles</dt><dd>6</dd>"));
    assert!(html.contains("<dt>date range</dt><dd>2023-12-31 – 2024-02-28</dd>"));
    assert!(html.contains(">4 quotes · 3 articles</text>"), "speaker bar of Ann Roe");
    assert!(html.contains("1 of 10 quotes (<strong>10.0%</strong>) have no speaker"));
    assert!(html.contains(">4 mentions · 3 articles</text>"), "entity bar of Paris");
    assert!(html.contains(">6 (60.0%)</text>"), "method bar of explicit");
    assert!(html.contains(">40.0%</text>") && html.contains(">5 quotes</text>"), "gender share bars");
}

/// Every tag of the page, by name.
fn tag_names(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let bytes = html.as_bytes();
    for (i, _) in html.match_indices('<') {
        let rest = &html[i + 1..];
        let rest = rest.strip_prefix('/').unwrap_or(rest);
        let name: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '!').collect();
        assert!(!name.is_empty() || bytes.get(i + 1).is_none(), "a bare '<' in the page at {i}: {}", &html[i..(i + 40).min(html.len())]);
        out.push(name.to_ascii_lowercase());
    }
    out
}

#[test]
fn article_data_cannot_inject_markup() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = fixture(dir.path());
    let html_path = dir.path().join("r.html");
    let out = run(&["report", "-q", a.to_str().unwrap(), b.to_str().unwrap(), "-o", html_path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    let html = std::fs::read_to_string(&html_path).unwrap();
    let allowed = [
        "!doctype", "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p", "code", "dl", "div", "dt", "dd",
        "section", "strong", "figure", "figcaption", "svg", "g", "rect", "text", "line", "table", "caption", "thead", "tbody",
        "tr", "th", "td", "footer",
    ];
    for name in tag_names(&html) {
        assert!(allowed.contains(&name.as_str()), "unexpected tag <{name}>");
    }
    let lower = html.to_ascii_lowercase();
    for bad in ["<script", "<img", "<b>", "onerror=alert(1)>", "http:", "https:", "url(", "@import", "@font-face"] {
        assert!(!lower.contains(bad), "page contains {bad}");
    }
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains("Daily &lt;b&gt;Planet&lt;/b&gt;"));
    assert!(html.contains("Content-Security-Policy"));
}

#[test]
fn reads_standard_input_and_groups_by_a_given_field() {
    let dir = tempfile::tempdir().unwrap();
    let (a, _) = fixture(dir.path());
    let data = std::fs::read(&a).unwrap();
    let json_path = dir.path().join("s.json");
    let out = run(&["report", "-q", "--by", "source", "--top", "2", "--json", json_path.to_str().unwrap()], Some(&data));
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("stdin:4: "));
    let s: Value = serde_json::from_str(&std::fs::read_to_string(&json_path).unwrap()).unwrap();
    assert_eq!(s["totals"]["articles"], 5);
    assert_eq!(s["by"]["field"], "source");
    assert_eq!(s["by"]["articles_with_field"], 1);
    assert_eq!(s["top_speakers"].as_array().unwrap().len(), 2);
    // The CSV of all groups, the page's top N; here two values: "wire" and none.
    let groups: Vec<&Value> = s["by"]["groups"].as_array().unwrap().iter().map(|g| &g["value"]).collect();
    assert_eq!(groups, vec![&Value::Null, &json!("wire")]);
}

#[test]
fn nothing_to_write_or_a_missing_input_is_exit_2() {
    let out = run(&["report", "samples/none.jsonl"], None);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["report", "/nonexistent/x.jsonl", "--json", "/tmp/x.json"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/x.jsonl"));
}

// ---- Headless Chromium: the page as a person sees it. ----

fn chromium() -> Option<PathBuf> {
    let required = std::env::var("SAYSO_REQUIRE_CHROMIUM").is_ok_and(|v| v == "1");
    // SAYSO_CHROMIUM names another binary (and lets the missing case be tried).
    let candidates: Vec<PathBuf> = match std::env::var_os("SAYSO_CHROMIUM") {
        Some(p) => vec![PathBuf::from(p)],
        None => vec![PathBuf::from("/usr/bin/chromium"), PathBuf::from("/usr/bin/chromium-browser")],
    };
    if let Some(p) = candidates.iter().find(|p| p.exists()) {
        return Some(p.clone());
    }
    assert!(!required, "SAYSO_REQUIRE_CHROMIUM=1 but no chromium at {candidates:?} (apt-get install chromium)");
    eprintln!("SKIPPED: headless Chromium test: no chromium at {candidates:?} (install the Debian package `chromium`; .ci/run does, and sets SAYSO_REQUIRE_CHROMIUM=1)");
    None
}

/// Renders `page` to a PNG of `width`×`height`; returns the PNG's path and
/// Chromium's console messages (one per line).
fn render(chromium: &Path, page: &Path, png: &Path, width: u32, height: u32) -> Vec<String> {
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--screenshot={}", png.display()))
        .arg(format!("--window-size={width},{height}"))
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && png.exists(), "chromium failed: {stderr}");
    stderr.lines().filter(|l| l.contains(":CONSOLE")).map(str::to_string).collect()
}

struct Pixels {
    total: usize,
    non_white: usize,
    female: usize,
    male: usize,
}

fn pixels(png_path: &Path) -> Pixels {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(png_path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = match info.color_type {
        png::ColorType::Rgba => 4,
        png::ColorType::Rgb => 3,
        other => panic!("unexpected PNG colour type {other:?}"),
    };
    assert_eq!(info.bit_depth, png::BitDepth::Eight);
    let near = |p: &[u8], c: [u8; 3]| p.iter().zip(c).all(|(a, b)| a.abs_diff(b) <= 12);
    let mut px = Pixels { total: 0, non_white: 0, female: 0, male: 0 };
    for p in buf[..info.buffer_size()].chunks(channels) {
        px.total += 1;
        if p[..3].iter().any(|v| *v < 235) {
            px.non_white += 1;
        }
        if near(p, [0xd9, 0x60, 0x1a]) {
            px.female += 1;
        }
        if near(p, [0x3b, 0x5b, 0xa5]) {
            px.male += 1;
        }
    }
    px
}

#[test]
fn the_page_renders_in_headless_chromium_without_console_messages() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = fixture(dir.path());
    let page = dir.path().join("report.html");
    let out = run(&["report", "-q", a.to_str().unwrap(), b.to_str().unwrap(), "-o", page.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    let png = dir.path().join("shot.png");
    let console = render(&chromium, &page, &png, 900, 2400);
    assert!(console.is_empty(), "console messages: {console:?}");
    let px = pixels(&png);
    assert!(px.total == 900 * 2400, "{} pixels", px.total);
    // Not blank: text, axes and bars cover a good part of the page ...
    assert!(px.non_white * 100 > px.total * 3, "only {} of {} pixels are not white", px.non_white, px.total);
    // ... and the SVG charts are drawn: bars in the female and male colours.
    assert!(px.female > 500 && px.male > 500, "chart colours: female {} male {} pixels", px.female, px.male);

    // The console check can fail: a page that loads a missing image and runs a script is caught.
    let bad = dir.path().join("bad.html");
    std::fs::write(&bad, "<!DOCTYPE html><html><body><p>x</p><img src=\"missing.png\"><script>console.error('boom')</script></body></html>").unwrap();
    let console = render(&chromium, &bad, &dir.path().join("bad.png"), 400, 300);
    assert!(console.iter().any(|l| l.contains("boom")), "console check saw nothing: {console:?}");
    // And the blank check can fail: an empty page is white.
    let blank = dir.path().join("blank.html");
    std::fs::write(&blank, "<!DOCTYPE html><html><body></body></html>").unwrap();
    render(&chromium, &blank, &dir.path().join("blank.png"), 400, 300);
    assert_eq!(pixels(&dir.path().join("blank.png")).non_white, 0);
}

#[test]
fn the_report_of_the_bundled_samples_renders() {
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().unwrap();
    let extracted = dir.path().join("samples.jsonl");
    let out = run(&["extract", "-q", repo("samples").to_str().unwrap(), "-o", extracted.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let page = dir.path().join("report.html");
    let json_path = dir.path().join("s.json");
    let out = run(
        &["report", "-q", extracted.to_str().unwrap(), "-o", page.to_str().unwrap(), "--json", json_path.to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let s: Value = serde_json::from_str(&std::fs::read_to_string(&json_path).unwrap()).unwrap();
    // The samples: three text-dump articles and three JSONL articles.
    assert_eq!(s["totals"]["articles"], 6);
    let quotes: u64 = std::fs::read_to_string(&extracted)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["quotes"].as_array().unwrap().len() as u64)
        .sum();
    assert_eq!(s["totals"]["quotes"], quotes);
    assert!(quotes > 0);
    let png = dir.path().join("shot.png");
    let console = render(&chromium, &page, &png, 900, 2400);
    assert!(console.is_empty(), "console messages: {console:?}");
    let px = pixels(&png);
    assert!(px.non_white * 100 > px.total * 3, "only {} of {} pixels are not white", px.non_white, px.total);
}
