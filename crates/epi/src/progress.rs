//! Progress bars for long work (drawn only when standard error is a terminal).

use epi_ingest::Progress;
use indicatif::{ProgressBar, ProgressStyle};

#[derive(Debug)]
pub struct Bar(ProgressBar);

impl Bar {
    pub fn new(message: &'static str) -> Bar {
        let bar = ProgressBar::new(0);
        let style = ProgressStyle::with_template(
            "{msg} [{bar:30}] {pos}/{len} files ({per_sec}, {eta} left)",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> ");
        bar.set_style(style);
        bar.set_message(message);
        Bar(bar)
    }
}

impl Progress for Bar {
    fn start(&self, files: u64) {
        self.0.set_length(files);
    }

    fn advance(&self, files: u64) {
        self.0.inc(files);
    }

    fn finish(&self) {
        self.0.finish_and_clear();
    }
}
