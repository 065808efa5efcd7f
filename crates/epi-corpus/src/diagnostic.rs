//! Diagnostics: a problem in a corpus file, located by file, line and column.

use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

/// How bad a problem is. Errors keep a file out of the index; warnings do not (unless strict).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

/// A position in a file, 1-based; column counts characters, not bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    /// The position of byte `offset` in `text`, shifted by `first_line - 1` lines (front matter
    /// starts on line 2 of a file).
    pub fn of_offset(text: &str, offset: usize, first_line: usize) -> Position {
        let offset = offset.min(text.len());
        let offset = (0..=offset)
            .rev()
            .find(|i| text.is_char_boundary(*i))
            .unwrap_or(0);
        let before = &text[..offset];
        let line = before.matches('\n').count() + first_line;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Position { line, column }
    }
}

/// One problem in one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file, relative to the corpus root (or the name of a submission).
    pub file: PathBuf,
    pub position: Option<Position>,
    /// The field the problem is in, when there is one (for forms).
    pub field: Option<String>,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}", self.file.display())?;
        if let Some(position) = self.position {
            write!(f, ":{}:{}", position.line, position.column)?;
        }
        write!(f, ": {severity}: {}", self.message)
    }
}

/// Collects diagnostics for one file.
#[derive(Debug)]
pub struct Diagnostics {
    file: PathBuf,
    list: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new(file: PathBuf) -> Self {
        Diagnostics {
            file,
            list: Vec::new(),
        }
    }

    pub fn push(
        &mut self,
        severity: Severity,
        position: Option<Position>,
        field: Option<&str>,
        message: impl Into<String>,
    ) {
        self.list.push(Diagnostic {
            severity,
            file: self.file.clone(),
            position,
            field: field.map(str::to_owned),
            message: message.into(),
        });
    }

    pub fn error(&mut self, position: Option<Position>, field: &str, message: impl Into<String>) {
        self.push(Severity::Error, position, Some(field), message);
    }

    pub fn warning(&mut self, position: Option<Position>, field: &str, message: impl Into<String>) {
        self.push(Severity::Warning, position, Some(field), message);
    }

    pub fn has_errors(&self) -> bool {
        self.list.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.list
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters() {
        let text = "a = 1\nbé = \"x\"\n";
        assert_eq!(
            Position::of_offset(text, 0, 2),
            Position { line: 2, column: 1 }
        );
        let offset = text.find('"').unwrap();
        assert_eq!(
            Position::of_offset(text, offset, 2),
            Position { line: 3, column: 6 }
        );
    }

    #[test]
    fn display_is_file_line_column() {
        let diagnostic = Diagnostic {
            severity: Severity::Error,
            file: "riga/x.lv.md".into(),
            position: Some(Position {
                line: 4,
                column: 12,
            }),
            field: Some("domains".into()),
            message: "bad".into(),
        };
        assert_eq!(diagnostic.to_string(), "riga/x.lv.md:4:12: error: bad");
    }
}
