//! Checks the endpoint table (`src/api.txt`, or `src/auth-api.txt` for the `authentication`
//! feature) and writes its wire columns for the module to embed (`$OUT_DIR/api.wire`: no
//! comments, no TypeScript columns after `|`, and a path that is the call's name in kebab case
//! under `/api/v3/` written `~`). The checking and the writing are `wire_table` of
//! `src/table.rs`, the same text the module parses its rows with: a malformed line fails the
//! build with its line number and what is wrong, so the module never meets one.

use std::{env, fs, path::Path, process};

#[allow(dead_code)]
mod table {
    include!("src/table.rs");
}

fn main() {
    // The authentication build embeds the AuthenticationClient's table instead.
    let file = if env::var_os("CARGO_FEATURE_AUTHENTICATION").is_some() { "src/auth-api.txt" } else { "src/api.txt" };
    println!("cargo:rerun-if-changed=src/api.txt");
    println!("cargo:rerun-if-changed=src/auth-api.txt");
    println!("cargo:rerun-if-changed=src/table.rs");
    let text = match fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => fail(&format!("{file}, the endpoint table, cannot be read: {e}")),
    };
    let wire = match table::wire_table(String::leak(text)) {
        Ok(wire) => wire,
        Err(e) => fail(&format!("{file}, the endpoint table, {e}")),
    };
    let out = env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    if let Err(e) = fs::write(Path::new(&out).join("api.wire"), wire) {
        fail(&format!("cannot write the wire table: {e}"));
    }
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    process::exit(1)
}
