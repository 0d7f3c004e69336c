//! The oracle's committed data: the floor of its figures (`tests/oracle-figures.txt`), the responses
//! whose schema no Rust model can honour (`tests/oracle-inconsistencies.txt`) and the pairs of a
//! Postman collection and its OpenAPI document (`tests/fixtures/oracle-pairs/pairs.txt`).

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use super::coverage::Coverage;

/// Instances drawn, decoded, and decoded and re-encoded to the same JSON; the leaf values drawn and
/// those typed (a floor line may leave them out: then they have no floor yet).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub drawn: usize,
    pub decoded: usize,
    pub lossless: usize,
    pub coverage: Option<Coverage>,
}

impl Counts {
    pub fn add(&mut self, other: &Counts) {
        self.drawn += other.drawn;
        self.decoded += other.decoded;
        self.lossless += other.lossless;
        if let Some(coverage) = other.coverage {
            self.coverage.get_or_insert_default().add(coverage);
        }
    }
}

/// Counts by target name.
pub type Figures = BTreeMap<String, Counts>;

const FIGURES_HEADER: &str = "\
# The floor of `cargo xtask oracle`: per target, instances drawn | decoded | lossless, then
# (where measured) the leaf values drawn | those that land in typed fields of the models.
# The run fails when a target draws a different number of instances or leaf values (the drawing is
# seeded, so that means the spec or the drawer changed), decodes fewer, re-encodes fewer losslessly,
# or types fewer leaf values than listed here. Raise the numbers as the generator improves
# (`cargo xtask oracle --bless` writes the measured ones); the goal is decoded = lossless = drawn
# everywhere, and as many typed leaf values as the response schemas allow.
";

/// Reads `<target> | <drawn> | <decoded> | <lossless>[ | <leaves> | <typed>]` lines.
pub fn read(path: &Path) -> Result<Figures> {
    let text = fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut figures = Figures::new();
    for (number, line) in data_lines(&text) {
        let cells: Vec<&str> = line.split(" | ").map(str::trim).collect();
        let parsed = match cells.as_slice() {
            [name, drawn, decoded, lossless, coverage @ ..] => (|| {
                let coverage = match coverage {
                    [] => None,
                    [leaves, typed] => Some(Coverage { leaves: leaves.parse().ok()?, typed: typed.parse().ok()? }),
                    _ => return None,
                };
                Some((
                    *name,
                    Counts {
                        drawn: drawn.parse().ok()?,
                        decoded: decoded.parse().ok()?,
                        lossless: lossless.parse().ok()?,
                        coverage,
                    },
                ))
            })(),
            _ => None,
        };
        let Some((name, counts)) = parsed else {
            bail!(
                "{}:{number}: expected `<target> | <drawn> | <decoded> | <lossless>[ | <leaves> | <typed>]`",
                path.display()
            );
        };
        figures.insert(name.to_owned(), counts);
    }
    Ok(figures)
}

/// Writes the figures with the explanatory header.
pub fn write(path: &Path, figures: &Figures) -> Result<()> {
    let mut text = FIGURES_HEADER.to_owned();
    for (name, counts) in figures {
        text.push_str(&format!("{name} | {} | {} | {}", counts.drawn, counts.decoded, counts.lossless));
        if let Some(coverage) = counts.coverage {
            text.push_str(&format!(" | {} | {}", coverage.leaves, coverage.typed));
        }
        text.push('\n');
    }
    fs::write(path, text).with_context(|| format!("writing {}", path.display()))
}

/// Prints how the measured figures stand against the floor; whether the check failed. With
/// `complete`, a target of the floor that was not measured fails too.
pub fn compare(floor: &Figures, measured: &Figures, complete: bool) -> bool {
    let mut problems = Vec::new();
    let mut better = Vec::new();
    for (name, got) in measured {
        let Some(want) = floor.get(name) else {
            problems.push(format!(
                "{name}: not in the figures file (add it: {} | {} | {})",
                got.drawn, got.decoded, got.lossless
            ));
            continue;
        };
        if got.drawn != want.drawn {
            problems.push(format!("{name}: {} instances drawn, the figures file says {}", got.drawn, want.drawn));
        }
        if got.decoded < want.decoded {
            problems.push(format!("{name}: {} decoded, fewer than the floor's {}", got.decoded, want.decoded));
        }
        if got.lossless < want.lossless {
            problems.push(format!("{name}: {} lossless, fewer than the floor's {}", got.lossless, want.lossless));
        }
        if got.decoded > want.decoded || got.lossless > want.lossless {
            better.push(format!(
                "{name}: {} decoded, {} lossless (floor {}, {})",
                got.decoded, got.lossless, want.decoded, want.lossless
            ));
        }
        match (got.coverage, want.coverage) {
            (Some(got), Some(want)) => {
                if got.leaves != want.leaves {
                    problems.push(format!(
                        "{name}: {} leaf values drawn, the figures file says {}",
                        got.leaves, want.leaves
                    ));
                }
                if got.typed < want.typed {
                    problems.push(format!(
                        "{name}: {} leaf values typed, fewer than the floor's {}",
                        got.typed, want.typed
                    ));
                }
                if got.typed > want.typed && got.leaves == want.leaves {
                    better.push(format!("{name}: {} leaf values typed (floor {})", got.typed, want.typed));
                }
            }
            (Some(got), None) => {
                better.push(format!("{name}: {} of {} leaf values typed (no floor yet)", got.typed, got.leaves));
            }
            (None, _) => {}
        }
    }
    if complete {
        for name in floor.keys().filter(|name| !measured.contains_key(*name)) {
            problems.push(format!("{name}: in the figures file but not measured (remove it)"));
        }
    }
    for line in &better {
        println!("  better than the floor (raise it, e.g. `cargo xtask oracle --bless`): {line}");
    }
    for line in &problems {
        println!("  oracle regression: {line}");
    }
    println!("oracle figures: {} targets, {} below the floor or changed", measured.len(), problems.len());
    !problems.is_empty()
}

/// Reads `<target> | <METHOD> <path> <status> -> <reason>` lines: responses left out of the figures.
pub fn read_inconsistencies(path: &Path) -> Result<BTreeMap<(String, String), String>> {
    let text = fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut entries = BTreeMap::new();
    for (number, line) in data_lines(&text) {
        let parsed = line.split_once(" -> ").and_then(|(key, reason)| {
            let (target, response) = key.split_once(" | ")?;
            Some(((target.trim().to_owned(), response.trim().to_owned()), reason.trim().to_owned()))
        });
        let Some((key, reason)) = parsed else {
            bail!("{}:{number}: expected `<target> | <METHOD> <path> <status> -> <reason>`", path.display());
        };
        entries.insert(key, reason);
    }
    Ok(entries)
}

/// Reads `<collection> <- <openapi document>` lines; `corpus/…` paths are under the corpus folder,
/// others beside the pairs file.
pub fn read_pairs(path: &Path, corpus: &Path) -> Result<Vec<(PathBuf, PathBuf)>> {
    let text = fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let folder = path.parent().unwrap_or(Path::new("."));
    let locate = |file: &str| match file.strip_prefix("corpus/") {
        Some(rest) => corpus.join(rest),
        None => folder.join(file),
    };
    let mut pairs = Vec::new();
    for (number, line) in data_lines(&text) {
        let Some((client, schemas)) = line.split_once(" <- ") else {
            bail!("{}:{number}: expected `<collection> <- <openapi document>`", path.display());
        };
        pairs.push((locate(client.trim()), locate(schemas.trim())));
    }
    Ok(pairs)
}

/// Non-empty lines that are not `#` comments, with their 1-based numbers.
fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.trim()))
        .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(drawn: usize, decoded: usize, lossless: usize) -> Counts {
        Counts { drawn, decoded, lossless, coverage: None }
    }

    fn typed(leaves: usize, typed: usize) -> Counts {
        Counts { coverage: Some(Coverage { leaves, typed }), ..counts(10, 5, 4) }
    }

    #[test]
    fn fewer_typed_leaves_or_other_leaves_fail_and_a_missing_typed_floor_does_not() {
        let floor = Figures::from([("a".to_owned(), typed(100, 60))]);
        assert!(!compare(&floor, &Figures::from([("a".to_owned(), typed(100, 61))]), true));
        assert!(compare(&floor, &Figures::from([("a".to_owned(), typed(100, 59))]), true));
        assert!(compare(&floor, &Figures::from([("a".to_owned(), typed(101, 61))]), true));
        let no_floor = Figures::from([("a".to_owned(), counts(10, 5, 4))]);
        assert!(!compare(&no_floor, &Figures::from([("a".to_owned(), typed(100, 0))]), true));
    }

    #[test]
    fn a_figure_below_the_floor_fails_and_one_above_passes() {
        let floor = Figures::from([("a".to_owned(), counts(10, 5, 4))]);
        assert!(!compare(&floor, &Figures::from([("a".to_owned(), counts(10, 7, 6))]), true));
        assert!(compare(&floor, &Figures::from([("a".to_owned(), counts(10, 4, 4))]), true));
        assert!(compare(&floor, &Figures::from([("a".to_owned(), counts(10, 5, 3))]), true));
    }

    #[test]
    fn a_changed_draw_count_or_a_missing_target_fails() {
        let floor = Figures::from([("a".to_owned(), counts(10, 5, 4))]);
        assert!(compare(&floor, &Figures::from([("a".to_owned(), counts(11, 11, 11))]), true));
        assert!(compare(&floor, &Figures::from([("b".to_owned(), counts(1, 1, 1))]), false));
        assert!(compare(&floor, &Figures::new(), true));
        assert!(!compare(&floor, &Figures::new(), false));
    }

    #[test]
    fn figures_survive_a_write_and_read() {
        let path = std::env::temp_dir().join(format!("oracle-figures-{}.txt", std::process::id()));
        let figures = Figures::from([
            ("openapi/x.yaml".to_owned(), counts(8, 6, 5)),
            (
                "y.postman.json".to_owned(),
                Counts { coverage: Some(Coverage { leaves: 30, typed: 20 }), ..counts(8, 6, 5) },
            ),
        ]);
        write(&path, &figures).unwrap();
        assert_eq!(read(&path).unwrap(), figures);
        fs::remove_file(path).unwrap();
    }
}
