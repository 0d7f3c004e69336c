//! The guide's figures pages (`docs/src/figures/*.md`): the commands that measure (`corpus`,
//! `oracle`, `bench`) write their tables there, with the date, the commit and the machine, so that
//! no figure is pasted by hand.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result};

/// One page: its file under `docs/src/figures/`, its title, the command that wrote it, and a
/// paragraph saying what the figures are.
pub struct Page<'a> {
    pub file: &'a str,
    pub title: &'a str,
    pub command: &'a str,
    pub about: &'a str,
}

/// Writes `page` with `figures` (preformatted text) under a line naming when, at which commit
/// and on what machine they were measured.
pub fn write(repo: &Path, page: &Page<'_>, figures: &str) -> Result<()> {
    let mut text = format!("# {}\n\n", page.title);
    let _ = writeln!(text, "<!-- Written by `{}`: do not edit, run the command again. -->\n", page.command);
    let _ = writeln!(text, "{}\n", page.about);
    let _ = writeln!(
        text,
        "Measured by `{}` on {}, at commit {}, on {}.\n",
        page.command,
        utc_now(),
        commit(repo),
        machine()
    );
    let _ = writeln!(text, "```text\n{}\n```", figures.trim_end());
    let path = repo.join("docs/src/figures").join(page.file);
    fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
    eprintln!("wrote {}", path.display());
    Ok(())
}

/// The short hash of `HEAD` in backticks, with a note when the work tree has uncommitted changes.
fn commit(repo: &Path) -> String {
    let git = |args: &[&str]| Command::new("git").arg("-C").arg(repo).args(args).output().ok();
    let hash = git(&["rev-parse", "--short", "HEAD"])
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_else(|| "unknown".into());
    let dirty = git(&["status", "--porcelain", "--untracked-files=no"]).is_some_and(|o| !o.stdout.is_empty());
    if dirty { format!("`{hash}` with uncommitted changes") } else { format!("`{hash}`") }
}

/// `2 cores (AMD EPYC 7B13)`.
fn machine() -> String {
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    let cpuinfo = fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let cpu = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name").and_then(|rest| rest.split_once(':')).map(|(_, m)| m.trim()))
        .unwrap_or("CPU unknown");
    format!("{cores} cores ({cpu})")
}

/// The current time, `2026-12-07 08:15 UTC`.
fn utc_now() -> String {
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    format_utc(seconds)
}

/// Seconds since the Unix epoch as a UTC date and time (the civil calendar, proleptic Gregorian).
fn format_utc(seconds: u64) -> String {
    let days = (seconds / 86_400) as i64;
    let minutes_of_day = seconds % 86_400 / 60;
    // Days to year, month and day: Howard Hinnant's `civil_from_days`.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02} {:02}:{:02} UTC", minutes_of_day / 60, minutes_of_day % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_seconds_become_utc_dates() {
        assert_eq!(format_utc(0), "1970-01-01 00:00 UTC");
        assert_eq!(format_utc(951_782_400), "2000-02-29 00:00 UTC");
        assert_eq!(format_utc(1_796_631_300), "2026-12-07 08:15 UTC");
    }
}
