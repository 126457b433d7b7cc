//! End-to-end tests: the `qingxi` binary on the bundled corpus and on made-up inputs
//! of every format, including the broken ones.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Stdio};

use assert_cmd::Command;
use predicates::prelude::PredicateBooleanExt;
use serde_json::Value;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn qingxi() -> Command {
    let mut cmd = Command::cargo_bin("qingxi").unwrap();
    cmd.current_dir(repo());
    cmd
}

fn records(path: &Path) -> Vec<Value> {
    let bytes = std::fs::read(path).unwrap();
    parse_lines(&bytes)
}

fn parse_lines(bytes: &[u8]) -> Vec<Value> {
    std::str::from_utf8(bytes)
        .expect("output is UTF-8")
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is one JSON record"))
        .collect()
}

fn by_id<'a>(records: &'a [Value], id: &str) -> &'a Value {
    records
        .iter()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("no record {id}"))
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

#[test]
fn cleans_the_bundled_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("clean.jsonl");
    let report = dir.path().join("report.json");
    qingxi()
        .args(["clean", "corpus", "-o"])
        .arg(&out)
        .arg("--report")
        .arg(&report)
        .assert()
        .success()
        .stderr(predicates::str::contains("docs in"));
    let docs = records(&out);
    assert_eq!(
        docs.len(),
        7 + 18,
        "5 seeds, GBK and Big5 pages, 18 JSONL records"
    );

    let seed = by_id(&docs, "000_4333e12e5107ae1e");
    assert_eq!(seed["lang"], "en");
    let text = seed["text"].as_str().unwrap();
    assert!(text.contains("triple jump. Since its opening"), "{text}");
    assert!(text.contains("6 people, Among them"), "{text}");
    assert_eq!(
        seed["metadata"]["source"]["file"],
        "corpus/000_4333e12e5107ae1e.txt"
    );

    let traditional = by_id(&docs, "001_f8f127a7b4d90d57");
    assert_eq!(
        (
            &traditional["lang"],
            &traditional["metadata"]["script_before"]
        ),
        (&"zh".into(), &"traditional".into())
    );
    assert_eq!(
        traditional["metadata"]["script"], "simplified",
        "converted to Simplified"
    );

    let gbk = docs
        .iter()
        .find(|d| d["metadata"]["encoding"] == "GBK")
        .expect("a GBK page");
    assert_eq!(
        (&gbk["lang"], &gbk["metadata"]["script"]),
        (&"zh".into(), &"simplified".into())
    );
    assert!(
        !gbk["text"].as_str().unwrap().starts_with('\u{3000}'),
        "indentation trimmed"
    );
    let big5 = docs
        .iter()
        .find(|d| d["metadata"]["encoding"] == "Big5")
        .expect("a Big5 page");
    assert_eq!(big5["metadata"]["script_before"], "traditional");

    let jsonl = by_id(&docs, "ntrex-nytimes.184853-en");
    assert_eq!(
        jsonl["metadata"]["doc_id"], "nytimes.184853",
        "dolma metadata is merged"
    );
    assert_eq!(
        jsonl["metadata"]["input_source"], "NTREX-128",
        "a clashing field is kept, renamed"
    );

    let rejects = records(&dir.path().join("clean.rejects.jsonl"));
    assert!(!rejects.is_empty());
    for reject in &rejects {
        for key in ["id", "stage", "reason", "text", "source"] {
            assert!(reject.get(key).is_some(), "reject has {key}: {reject}");
        }
    }
    let report: Value = serde_json::from_slice(&std::fs::read(report).unwrap()).unwrap();
    assert_eq!(report["docs_in"], 25);
    assert_eq!(report["docs_out"], 25);
    assert_eq!(report["encodings"]["GBK"], 1);
    let removals: u64 = report["removals"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|reasons| reasons.as_object().unwrap().values())
        .map(|tally| tally["count"].as_u64().unwrap())
        .sum();
    assert_eq!(removals as usize, rejects.len());
    let garbled = rejects
        .iter()
        .find(|r| r["stage"] == "mojibake")
        .expect("the seed page's garbled sentence is dropped");
    assert_eq!(garbled["reason"], "lost-chars");
    assert!(garbled["text"].as_str().unwrap().contains("??"));
    assert!(report["stage_seconds"]["normalize"].is_number());
}

#[test]
fn runs_the_demo_pipeline_file() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("corpus"), &dir.path().join("corpus"));
    let mut cmd = Command::cargo_bin("qingxi").unwrap();
    cmd.current_dir(dir.path())
        .arg("run")
        .arg(repo().join("pipelines/demo.toml"))
        .assert()
        .success()
        .stderr(predicates::str::contains("out/demo.jsonl"));
    assert_eq!(records(&dir.path().join("out/demo.jsonl")).len(), 25);
    assert!(dir.path().join("out/demo.rejects.jsonl").exists());
    assert!(dir.path().join("out/demo.report.json").exists());
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
    }
}

/// Many small documents of both languages, so that batches are many and threads race.
fn many_documents() -> String {
    let mut jsonl = String::new();
    for i in 0..3000 {
        let text = match i % 3 {
            0 => format!(
                "Record {i} ends here.Then the next one starts\u{A0}with  spaces.\nSecond line\u{200B}."
            ),
            1 => {
                format!("\u{3000}\u{3000}第{i}号文件:杭州高新區(濱江)向世界領先科技園區奮力邁進。")
            }
            _ => format!("今年以来,区科技局按照目标要求,第{i}次 努力营造良好的创新创业生态。"),
        };
        jsonl.push_str(&serde_json::json!({ "id": i, "text": text }).to_string());
        jsonl.push('\n');
    }
    jsonl
}

#[test]
fn output_is_identical_for_every_thread_count() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("many.jsonl"), many_documents()).unwrap();
    let pipeline = dir.path().join("small-batches.toml");
    std::fs::write(
        &pipeline,
        "[run]\nbatch_docs = 7\n[[stage]]\nname = \"normalize\"\n[[stage]]\nname = \"langid\"\n",
    )
    .unwrap();
    let mut outputs = Vec::new();
    for threads in ["1", "4"] {
        let out = dir.path().join(format!("out-{threads}.jsonl"));
        qingxi()
            .args(["clean", "--quiet", "--threads", threads, "--pipeline"])
            .arg(&pipeline)
            .arg(dir.path().join("many.jsonl"))
            .arg("-o")
            .arg(&out)
            .assert()
            .success();
        let rejects = dir.path().join(format!("out-{threads}.rejects.jsonl"));
        outputs.push((
            std::fs::read(&out).unwrap(),
            std::fs::read(&rejects).unwrap(),
        ));
    }
    assert!(!outputs[0].0.is_empty() && !outputs[0].1.is_empty());
    assert!(
        outputs[0] == outputs[1],
        "--threads 1 and --threads 4 differ"
    );
    let docs = parse_lines(&outputs[0].0);
    let ids: Vec<_> = docs.iter().take(3).map(|d| d["id"].clone()).collect();
    assert_eq!(ids, ["0", "1", "2"], "input order is kept");
}

#[test]
fn reads_every_input_format() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let zh = "今年以来,区科技局按照建设世界一流高科技园区的目标要求,努力营造良好的创新创业生态。\n一、2020年重点工作完成情况";
    let utf16: Vec<u8> = zh.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    std::fs::write(d.join("a_plain.txt"), "English line one.\nLine two.").unwrap();
    std::fs::write(d.join("b_utf16.txt"), [&[0xff, 0xfe][..], &utf16].concat()).unwrap();
    std::fs::write(d.join("c_utf16_nobom.txt"), &utf16).unwrap();
    std::fs::write(d.join("d_text.txt.gz"), gzip("gzipped text".as_bytes())).unwrap();
    std::fs::write(
        d.join("e_records.jsonl"),
        "{\"id\":\"j1\",\"text\":\"one\"}\n\n{\"text\":\"two\"}\r\n",
    )
    .unwrap();
    std::fs::write(
        d.join("f_records.jsonl.gz"),
        gzip(b"{\"id\":\"g1\",\"text\":\"gz\"}\n"),
    )
    .unwrap();
    let zst = zstd::encode_all(&b"{\"id\":\"z1\",\"text\":\"zst\"}\n"[..], 3).unwrap();
    std::fs::write(d.join("g_records.jsonl.zst"), zst).unwrap();
    let gbk = encoding_rs::GBK.encode(zh).0.into_owned();
    std::fs::write(d.join("h_gbk.txt"), gbk).unwrap();
    let out = d.join("out/all.jsonl.zst");
    qingxi()
        .args(["clean", "--quiet"])
        .arg(d)
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    let docs = parse_lines(&zstd::decode_all(std::fs::File::open(&out).unwrap()).unwrap());
    let summary: Vec<(String, String, String)> = docs
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap().to_string(),
                r["metadata"]["encoding"].as_str().unwrap().to_string(),
                r["text"].as_str().unwrap().chars().take(5).collect(),
            )
        })
        .collect();
    let expected = [
        ("a_plain", "UTF-8", "Engli"),
        ("b_utf16", "UTF-16LE", "今年以来,"),
        ("c_utf16_nobom", "UTF-16LE", "今年以来,"),
        ("d_text", "UTF-8", "gzipp"),
        ("j1", "UTF-8", "one"),
        ("e_records:3", "UTF-8", "two"),
        ("g1", "UTF-8", "gz"),
        ("z1", "UTF-8", "zst"),
        ("h_gbk", "GBK", "今年以来,"),
    ];
    let expected: Vec<_> = expected
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(summary, expected);
}

#[test]
fn stdin_to_stdout_is_a_streaming_filter() {
    let input =
        "{\"id\":\"a\",\"text\":\"first.Second\"}\n{\"id\":\"b\",\"text\":\"杭州高新区\"}\n";
    let output = qingxi()
        .env_clear()
        .args(["clean", "-"])
        .write_stdin(input)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let docs = parse_lines(&output);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["text"], "first. Second");
    assert_eq!(docs[1]["lang"], "zh");
    assert_eq!(docs[0]["metadata"]["source"]["file"], "-");

    let plain = qingxi()
        .args(["clean", "--quiet", "-"])
        .write_stdin("a page of text\nits second paragraph\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let docs = parse_lines(&plain);
    assert_eq!((docs.len(), docs[0]["id"].as_str()), (1, Some("stdin")));
}

#[test]
fn a_closed_stdout_ends_quietly_after_reading_all_input() {
    let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("qingxi"))
        .args(["clean", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        // The whole input must be accepted even though the reader leaves early.
        let text = many_documents().repeat(20);
        stdin.write_all(text.as_bytes()).is_ok()
    });
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    assert!(first.starts_with("{\"id\":\"0\""), "{first}");
    drop(stdout);
    assert!(feeder.join().unwrap(), "qingxi read its input to the end");
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    assert!(status.success(), "{status:?}: {stderr}");
    assert!(!stderr.contains("error"), "{stderr}");
}

#[test]
fn broken_records_are_reported_and_the_rest_is_processed() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let good = gzip(many_documents().as_bytes());
    std::fs::write(d.join("a_truncated.jsonl.gz"), &good[..good.len() / 2]).unwrap();
    std::fs::write(
        d.join("b_invalid.jsonl"),
        "{\"id\":\"ok1\",\"text\":\"fine\"}\n{\"id\": broken\n{\"id\":\"nt\",\"body\":\"x\"}\n{\"id\":\"ok2\",\"text\":\"fine too\"}\n",
    )
    .unwrap();
    std::fs::write(d.join("c_good.txt"), "still processed").unwrap();
    let out = d.join("out.jsonl");
    let report = d.join("report.json");
    let assert = qingxi()
        .arg("clean")
        .arg(d.join("a_truncated.jsonl.gz"))
        .arg(d.join("b_invalid.jsonl"))
        .arg(d.join("missing.txt"))
        .arg(d.join("c_good.txt"))
        .arg("-o")
        .arg(&out)
        .arg("--report")
        .arg(&report)
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(
        stderr.contains("a_truncated.jsonl.gz:") && stderr.contains("ends early"),
        "{stderr}"
    );
    assert!(
        stderr.contains("b_invalid.jsonl:2: invalid JSON"),
        "{stderr}"
    );
    assert!(
        stderr.contains("b_invalid.jsonl:3: field `text` is missing"),
        "{stderr}"
    );
    assert!(stderr.contains("missing.txt"), "{stderr}");
    assert!(stderr.contains("4 record(s) failed"), "{stderr}");

    let docs = records(&out);
    let ids: Vec<&str> = docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert!(
        ids.contains(&"ok1") && ids.contains(&"ok2") && ids.contains(&"c_good"),
        "{ids:?}"
    );
    assert!(ids.contains(&"0"), "records before the truncation are kept");

    let rejects = records(&d.join("out.rejects.jsonl"));
    let broken = rejects
        .iter()
        .find(|r| r["reason"] == "invalid-json")
        .unwrap();
    assert_eq!(
        broken["text"], "{\"id\": broken",
        "the unparsable line is kept"
    );
    assert_eq!(broken["stage"], "read");
    let report: Value = serde_json::from_slice(&std::fs::read(report).unwrap()).unwrap();
    assert_eq!(report["docs_failed"], 4);
    assert_eq!(report["errors"].as_array().unwrap().len(), 4);
}

#[test]
fn pipeline_mistakes_name_file_line_and_choices() {
    let dir = tempfile::tempdir().unwrap();
    let pipeline = dir.path().join("bad.toml");
    std::fs::write(
        &pipeline,
        "[input]\npaths = [\"corpus\"]\n\n[[stage]]\nname = \"nromalize\"\n",
    )
    .unwrap();
    qingxi()
        .arg("run")
        .arg(&pipeline)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "bad.toml:5: unknown stage `nromalize`; valid stages: mojibake, normalize, langid",
        ));
    std::fs::write(&pipeline, "[input]\npaths = [\"corpus\"]\nthreads = 3\n").unwrap();
    qingxi()
        .arg("run")
        .arg(&pipeline)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "bad.toml:3: unknown field `threads`",
        ));
}

#[test]
fn help_teaches_by_example_and_stages_are_listed() {
    qingxi()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicates::str::contains("Examples:"));
    qingxi()
        .args(["clean", "--help"])
        .assert()
        .success()
        .stdout(predicates::str::contains("qingxi clean corpus/"));
    qingxi()
        .arg("stages")
        .assert()
        .success()
        .stdout(predicates::str::contains("normalize").and(predicates::str::contains("langid")));
}

#[test]
fn fix_repairs_text_and_explains_on_the_seed_page() {
    let seed = repo().join("corpus/001_f8f127a7b4d90d57.txt");
    let original = std::fs::read(&seed).unwrap();
    let assert = qingxi()
        .args(["fix", "--explain"])
        .arg(&seed)
        .assert()
        .success();
    let output = assert.get_output();
    assert_eq!(
        output.stdout, original,
        "nothing on the page is repairable, so it is unchanged"
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("001_f8f127a7b4d90d57.txt:")
            && stderr.contains("garbled (lost-chars): \"??低"),
        "{stderr}"
    );

    let (bytes, _, _) = encoding_rs::UTF_8.encode("发布会今天在杭州举行");
    let (gbk_view, _) = encoding_rs::GBK.decode_without_bom_handling(&bytes);
    let input = format!("The cafÃ© is open.\r\n\n{gbk_view}\n");
    let fixed = qingxi()
        .arg("fix")
        .write_stdin(input)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(
        String::from_utf8(fixed).unwrap(),
        "The café is open.\r\n\n发布会今天在杭州举行\n"
    );
}

#[test]
fn explain_marks_each_removed_span_with_its_reason() {
    let output = qingxi()
        .args([
            "explain",
            "corpus/003_5a3ee361bfa30e31.txt",
            "corpus/002_e09e97c8665f1214.txt",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(output).unwrap();
    assert!(text.contains("== 003_5a3ee361bfa30e31"), "{text}");
    assert!(
        text.contains(
            "[-(代写文章:微信:13258028938)-]{contact_ads/contact-ad}一、2020年重点工作完成情况"
        ),
        "{text}"
    );
    assert!(
        text.contains("[-f t g m-]{boilerplate/share-icons}"),
        "{text}"
    );
    assert!(
        !text.contains("\x1b["),
        "no colour when stdout is not a terminal"
    );
}

#[test]
fn lines_repeated_across_a_sites_pages_go_in_two_passes() {
    let dir = tempfile::tempdir().unwrap();
    let pages = [
        "corpus/002_e09e97c8665f1214.txt",
        "corpus/004_083be8691035f2d2.txt",
    ];
    let shard = |n: usize| dir.path().join(format!("shard-{n}.counts"));
    for (n, page) in pages.iter().enumerate() {
        qingxi()
            .args(["boilerplate", "count", page, "-o"])
            .arg(shard(n))
            .assert()
            .success();
    }
    let merged = dir.path().join("site.counts");
    qingxi()
        .args(["boilerplate", "merge"])
        .arg(shard(0))
        .arg(shard(1))
        .arg("-o")
        .arg(&merged)
        .assert()
        .success();
    let pipeline = dir.path().join("p.toml");
    std::fs::write(
        &pipeline,
        format!(
            "[[stage]]\nname = \"repeated_lines\"\ncounts = {:?}\n",
            merged.display().to_string()
        ),
    )
    .unwrap();
    let output = qingxi()
        .args(["clean", "--quiet", "--pipeline"])
        .arg(&pipeline)
        .arg(pages[0])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let doc = &parse_lines(&output)[0];
    let text = doc["text"].as_str().unwrap();
    assert!(
        !text.contains("Visit Charity Shop") && !text.contains("f t g m"),
        "{text}"
    );
    assert!(text.contains("Sci-tech innovation platforms boost industrial development in Zhenhai"));
}

/// What `qingxi ARGS` writes to stdout given `input` on stdin.
fn stdout_of(args: &[&str], input: impl Into<Vec<u8>>) -> String {
    let output = qingxi().args(args).write_stdin(input).output().unwrap();
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn segment_takes_the_language_for_its_abbreviations() {
    let run = |args: &[&str]| stdout_of(args, "Er kam am 12. Juni an. Das ist gut.\n");
    assert_eq!(
        run(&["segment", "--lang", "de"]),
        "Er kam am 12. Juni an.\nDas ist gut.\n"
    );
    assert_eq!(
        run(&["segment"]).lines().count(),
        3,
        "English rules split at `12.`"
    );
}

#[test]
fn segment_streams_utf8_across_blocks_and_reads_other_encodings_whole() {
    // More than one 1 MiB block, with Chinese characters cut at the blocks' edges:
    // every line comes out once, numbered in order.
    let line = "第一句。Second one here. 第三句！\r\n";
    let lines = 3 * (1 << 20) / line.len();
    let input = line.repeat(lines);
    let output = qingxi()
        .args(["segment", "--jsonl"])
        .write_stdin(input.as_bytes())
        .output()
        .unwrap();
    let records: Vec<serde_json::Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records.len(), 3 * lines);
    assert_eq!(records.last().unwrap()["line"], lines);
    assert_eq!(records[4]["text"], "Second one here.");
    // GBK is detected on the whole input, as before.
    let (gbk, _, _) = encoding_rs::GBK.encode("你好。世界！\n");
    assert_eq!(stdout_of(&["segment"], gbk), "你好。\n世界！\n");
}

#[test]
fn segment_jsonl_is_records_only_and_damage_is_named_on_stderr() {
    // An empty line leaves no empty record line; CRLF input gives `\n`-ended records.
    let jsonl = stdout_of(&["segment", "--jsonl"], "One. Two.\r\n\r\n  \r\nThree.");
    assert_eq!(jsonl.lines().count(), 3, "{jsonl:?}");
    assert!(!jsonl.contains('\r') && jsonl.ends_with("}\n"), "{jsonl:?}");
    let third: serde_json::Value = serde_json::from_str(jsonl.lines().last().unwrap()).unwrap();
    assert_eq!(third["line"], 4);
    // Plain output keeps the line structure, blank lines included.
    assert_eq!(
        stdout_of(&["segment"], "One. Two.\r\n\r\nThree."),
        "One.\nTwo.\r\n\r\nThree."
    );
    // Past the streamed input's first 64 KiB, each line with bytes that are not
    // UTF-8 is named: nothing becomes U+FFFD unseen.
    let mut input = "Fine line. Another.\n".repeat(5000).into_bytes();
    input.extend_from_slice(b"bad \xff here.\nok.\n");
    let output = qingxi()
        .args(["segment"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("-:5001: bytes that are not UTF-8 became U+FFFD")
            && !stderr.contains(":5002"),
        "{stderr}"
    );
    // An input read whole in another encoding says which.
    let (gbk, _, _) = encoding_rs::GBK.encode("你好。世界！\n");
    let output = qingxi()
        .args(["segment"])
        .write_stdin(gbk)
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("-: read as GBK"),
        "{output:?}"
    );
}

#[test]
fn segment_parts_a_glued_headline_unless_told_to_keep_it() {
    let page = "Earthquakes and tsunamis in Indonesia At least 384 people have died. Help is on the way.\n";
    let run = |args: &[&str]| stdout_of(args, page);
    assert_eq!(
        run(&["segment"]),
        "Earthquakes and tsunamis in Indonesia\nAt least 384 people have died.\nHelp is on the way.\n"
    );
    assert_eq!(run(&["segment", "--keep-headlines"]).lines().count(), 2);
    // German capitalises nouns: the English headline rule stays out of it.
    assert_eq!(run(&["segment", "--lang", "de"]).lines().count(), 2);
}
