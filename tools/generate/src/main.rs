//! `cargo run -p genauth-generate` rewrites the generated files that are out of date
//! (`pkg/index.d.ts`, docs/calls.md); `cargo run -p genauth-generate -- --check`
//! only reports them, and fails when there is one. See the library's documentation.

use std::process::ExitCode;

fn main() -> ExitCode {
    let check = match std::env::args().nth(1).as_deref() {
        None => false,
        Some("--check") => true,
        Some(other) => {
            eprintln!("usage: cargo run -p genauth-generate [-- --check]  (unknown argument {other:?})");
            return ExitCode::from(2);
        }
    };
    let result = if check { genauth_generate::stale() } else { genauth_generate::write() };
    match result {
        Ok(paths) if paths.is_empty() => {
            println!("generated files are up to date");
            ExitCode::SUCCESS
        }
        Ok(paths) if check => {
            eprintln!("out of date: {}; run `cargo run -p genauth-generate`", paths.join(", "));
            ExitCode::FAILURE
        }
        Ok(paths) => {
            println!("wrote {}", paths.join(", "));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
