//! Speed of Kokoro against espeak-ng on one passage, in one run: × real time (seconds of audio
//! per second of wall clock) and CPU seconds per audio second, for each thread layout.
//!
//!     cargo run --release --example kokoro_bench [-- VOICE [PASSAGE.txt]]
//!
//! Lines are the passage's sentences, spoken one after another ("in order") or through rayon
//! as `tableread render` does ("parallel"). Each layout is warmed up on one line first, so
//! model loading is reported apart. Then one ONNX Runtime profile of the passage, summed by
//! operator type, says where the time goes. Needs tools/setup-kokoro.sh.

use std::time::{Duration, Instant};

use rayon::prelude::*;
use tableread::engine::kokoro::Tuning;
use tableread::engine::{Engine, Espeak, Kokoro};

/// A neutral narrative passage, 150 words.
const PASSAGE: &str = "The rain had stopped by the time Marta reached the harbour. \
The fishing boats were tied up in two neat rows, and the water between them was as still as glass. \
She walked along the quay, counting the boats, until she found the blue one with the white cabin. \
Her uncle was sitting on an upturned crate, mending a net with quick, careful fingers. \
He looked up and smiled, but he did not stop working. \
\"You are late,\" he said. \"The tide turns in an hour, and we still have to load the ice.\" \
Marta apologised and picked up a coil of rope. \
The bus from the village had broken down twice, and the driver had waited for a mechanic who never came. \
Her uncle laughed and told her that nothing in this town ever ran on time, except the sea. \
Together they carried the boxes on board, stacked them under the canvas, and checked the engine. \
By noon the boat was moving slowly past the lighthouse, towards the open water.";

/// CPU time of the whole process so far (all threads, ONNX Runtime's included).
fn cpu_time() -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat.rsplit(')').next().unwrap_or("").split_whitespace().collect();
    let ticks: u64 = [11, 12].iter().filter_map(|&i| fields.get(i)?.parse::<u64>().ok()).sum();
    Duration::from_millis(ticks * 10) // USER_HZ is 100 on Linux
}

struct Measure {
    audio_s: f64,
    wall_s: f64,
    cpu_s: f64,
}

fn measure(lines: &[String], parallel: bool, speak: &(dyn Fn(&str) -> f64 + Sync)) -> Measure {
    let (wall, cpu) = (Instant::now(), cpu_time());
    let audio_s: f64 =
        if parallel { lines.par_iter().map(|l| speak(l)).sum() } else { lines.iter().map(|l| speak(l)).sum() };
    Measure { audio_s, wall_s: wall.elapsed().as_secs_f64(), cpu_s: (cpu_time() - cpu).as_secs_f64() }
}

fn report(label: &str, m: &Measure) {
    println!(
        "{label:<44} {:6.1} s audio {:6.1} s wall {:6.1}x realtime {:5.2} cpu-s per audio-s",
        m.audio_s,
        m.wall_s,
        m.audio_s / m.wall_s,
        m.cpu_s / m.audio_s
    );
}

/// Load average and resident memory, since other jobs on the machine skew every figure.
fn machine() -> String {
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let rss = status.lines().find(|l| l.starts_with("VmRSS")).unwrap_or("").split_whitespace().nth(1).unwrap_or("0");
    format!("load {}, rss {} MB", load.split_whitespace().take(3).collect::<Vec<_>>().join(" "), rss.parse::<u64>().unwrap_or(0) / 1024)
}

/// Runs the passage once through a profiling session of our own and sums node time by operator.
fn profile(kokoro: &Kokoro, dir: &std::path::Path, voice: &str, lines: &[String]) {
    use ort::session::Session;
    use ort::value::Tensor;
    let prefix = std::env::temp_dir().join("kokoro-profile");
    let mut session = Session::builder(kokoro.ort_environment().unwrap())
        .unwrap()
        .with_intra_threads(1)
        .unwrap()
        .with_profiling(&prefix)
        .unwrap()
        .commit_from_file(dir.join("kokoro-v1.0.decoder-fp32.onnx"))
        .unwrap();
    let pack: Vec<f32> = std::fs::read(dir.join("voices").join(format!("{voice}.bin")))
        .unwrap()
        .chunks_exact(4)
        .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .collect();
    for line in lines {
        for chunk in kokoro.phoneme_chunks(voice, line).unwrap() {
            let mut tokens = vec![0i64];
            tokens.extend(tableread::engine::kokoro::tokens(&chunk));
            tokens.push(0);
            let row = (tokens.len() - 2).min(509) * 256;
            let length = tokens.len();
            session
                .run(ort::inputs![
                    "tokens" => Tensor::from_array(([1usize, length], tokens)).unwrap(),
                    "style" => Tensor::from_array(([1usize, 256], pack[row..row + 256].to_vec())).unwrap(),
                    "speed" => Tensor::from_array(([1usize], vec![1.0f32])).unwrap(),
                ])
                .unwrap();
        }
    }
    let file = session.end_profiling().unwrap();
    let events: Vec<serde_json::Value> = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let mut by_op: std::collections::BTreeMap<String, f64> = Default::default();
    let mut by_part: std::collections::BTreeMap<String, f64> = Default::default();
    let mut total = 0.0;
    for event in &events {
        if event["cat"] == "Node" && event["name"].as_str().is_some_and(|n| n.ends_with("_kernel_time")) {
            let op = event["args"]["op_name"].as_str().unwrap_or("?").to_string();
            let us = event["dur"].as_f64().unwrap_or(0.0);
            *by_op.entry(op).or_default() += us;
            // Node names are module paths such as `/decoder/generator/resblocks.3/...`.
            let name = event["name"].as_str().unwrap_or("");
            let part: Vec<&str> = name.trim_start_matches('/').split('/').take(2).collect();
            let part = if part.len() == 2 && !part[1].contains("_kernel_time") { part.join("/") } else { "(other)".into() };
            *by_part.entry(part).or_default() += us;
            total += us;
        }
    }
    let mut ops: Vec<(String, f64)> = by_op.into_iter().collect();
    ops.sort_by(|a, b| b.1.total_cmp(&a.1));
    println!("where the time goes (1 thread, node time {:.1} s):", total / 1e6);
    for (op, us) in ops.iter().take(12) {
        println!("  {op:<28} {:5.1} %  {:6.2} s", 100.0 * us / total, us / 1e6);
    }
    let mut parts: Vec<(String, f64)> = by_part.into_iter().collect();
    parts.sort_by(|a, b| b.1.total_cmp(&a.1));
    println!("by part of the model:");
    for (part, us) in parts.iter().take(8) {
        println!("  {part:<28} {:5.1} %  {:6.2} s", 100.0 * us / total, us / 1e6);
    }
    let _ = std::fs::remove_file(file);
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let voice = args.first().map_or("af_heart", String::as_str);
    let passage = args.get(1).map_or(PASSAGE.to_string(), |p| std::fs::read_to_string(p).expect("reading the passage"));
    let lines: Vec<String> = passage.split_inclusive(['.', '?', '!']).map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
    let dir = Kokoro::default_dir();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!("{}", machine());
    println!("passage: {} words, {} lines; voice {voice}; {cores} cores; assets {}", passage.split_whitespace().count(), lines.len(), dir.display());

    let espeak = Espeak::global().expect("espeak-ng");
    let speak = |line: &str| espeak.synthesize("en-us", line, 1.0).unwrap().seconds();
    report("espeak-ng en-us, in order", &measure(&lines, false, &speak));

    let kokoro = Kokoro::load(&dir).unwrap().expect("Kokoro assets (run tools/setup-kokoro.sh)");
    let started = Instant::now();
    let phonemes: usize = lines.iter().map(|l| kokoro.phonemes(voice, l).unwrap().len()).sum();
    println!("kokoro phonemizer (espeak-ng IPA, all lines): {:.1} ms, {phonemes} bytes", started.elapsed().as_secs_f64() * 1e3);

    let layouts = [
        (Tuning { sessions: 1, intra_threads: 1 }, false),
        (Tuning { sessions: 1, intra_threads: 2 }, false),
        (Tuning { sessions: 2, intra_threads: 1 }, true),
        (Tuning { sessions: 2, intra_threads: 2 }, true),
        (Tuning { sessions: 1, intra_threads: 2 }, true),
    ];
    // KOKORO_PROFILE=only skips the timings.
    let only_profile = std::env::var_os("KOKORO_PROFILE").is_some_and(|v| v == "only");
    for (tuning, parallel) in layouts.into_iter().filter(|_| !only_profile) {
        let kokoro = Kokoro::load_tuned(&dir, tuning).unwrap().unwrap();
        let speak = |line: &str| kokoro.synthesize(voice, line, 1.0).unwrap().seconds();
        let load = Instant::now();
        // Warm up every session of the pool (creating one loads the model).
        let warm: Vec<&String> = lines.iter().take(tuning.sessions).collect();
        warm.par_iter().for_each(|l| {
            speak(l);
        });
        let load_s = load.elapsed().as_secs_f64();
        let label = format!(
            "kokoro {} session(s) x {} thread(s), {}",
            tuning.sessions,
            tuning.intra_threads,
            if parallel { "parallel" } else { "in order" }
        );
        let m = measure(&lines, parallel, &speak);
        report(&label, &m);
        println!("{:<44} warm-up (model load + first line(s)): {load_s:.1} s; {}", "", machine());
    }
    if std::env::var_os("KOKORO_PROFILE").is_some() {
        profile(&kokoro, &dir, voice, &lines);
    }
}
