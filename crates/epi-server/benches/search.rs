//! In-process search time over the benchmark query mix: what a search costs without HTTP and
//! rendering, to compare with the load test of the server (docs/BENCHMARKS.md).
//!
//! ```sh
//! cargo bench -p epi-server --bench search -- bench-work/index-100000 bench-work/queries.txt
//! ```
//!
//! Each query string is parsed by the server's own parser and searched like the API does
//! (language detection, analysis in every language, disjunctive facet counts, snippets), one at
//! a time on one thread: two warm-up passes, then three measured passes.

use std::path::Path;
use std::time::{Duration, Instant};

use epi_index::{IndexStore, LibraryIndex};

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|arg| !arg.starts_with("--"))
        .collect();
    let [index_dir, queries_file] = args.as_slice() else {
        eprintln!("usage: cargo bench -p epi-server --bench search -- INDEX_DIR QUERIES_FILE");
        return;
    };
    let index = match LibraryIndex::open_current(&IndexStore::new(Path::new(index_dir))) {
        Ok(index) => index,
        Err(err) => {
            eprintln!("cannot open {index_dir}: {err}");
            std::process::exit(2);
        }
    };
    let text = std::fs::read_to_string(queries_file).unwrap_or_else(|err| {
        eprintln!("cannot read {queries_file}: {err}");
        std::process::exit(2);
    });
    let requests: Vec<_> = text
        .lines()
        .filter(|line| !line.is_empty())
        .map(|line| epi_server::parse_search(Some(line)).expect("a valid benchmark query"))
        .collect();
    let run = |record: &mut Vec<Duration>| {
        for request in &requests {
            let started = Instant::now();
            let results = epi_search::search(&index, request).expect("the search runs");
            record.push(started.elapsed());
            std::hint::black_box(results);
        }
    };
    let mut warm_up = Vec::new();
    run(&mut warm_up);
    run(&mut warm_up);
    let mut times = Vec::with_capacity(requests.len() * 3);
    let started = Instant::now();
    for _ in 0..3 {
        run(&mut times);
    }
    let wall = started.elapsed();
    times.sort();
    let at = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
    let mean = wall / times.len() as u32;
    println!(
        "{} documents, {} searches: mean {:.2} ms, p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms, {:.0} searches/s on one thread",
        index.num_documents(),
        times.len(),
        ms(mean),
        ms(at(0.50)),
        ms(at(0.90)),
        ms(at(0.99)),
        ms(*times.last().unwrap_or(&Duration::ZERO)),
        times.len() as f64 / wall.as_secs_f64()
    );
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}
