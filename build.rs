//! Writes the wire columns of the endpoint table (`src/api.txt` without comments and without the
//! TypeScript columns after `|`) for the module to embed: the module carries only what it sends.
//! A path that is the call's name in kebab case under `/api/v3/` is written `~`.

use std::{env, fs, path::Path};

include!("src/kebab.rs");

fn kebab(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 8);
    push_kebab(name, &mut out);
    out
}

fn main() {
    println!("cargo:rerun-if-changed=src/api.txt");
    println!("cargo:rerun-if-changed=src/kebab.rs");
    let text = match fs::read_to_string("src/api.txt") {
        Ok(t) => t,
        Err(e) => panic!("src/api.txt, the endpoint table, cannot be read: {e}"),
    };
    let mut wire = String::with_capacity(text.len() / 2);
    for line in text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let mut tokens = line.split(" | ").next().unwrap_or("").trim_end().split(' ');
        let (name, method) = (tokens.next().unwrap_or(""), tokens.next().unwrap_or(""));
        let path = tokens.next().unwrap_or("");
        // Most paths are the name in kebab case under /api/v3/: those are written `~`.
        let path = if path == format!("/api/v3/{}", kebab(name)) { "~" } else { path };
        wire.push_str(&[name, method, path].into_iter().chain(tokens).collect::<Vec<_>>().join(" "));
        wire.push('\n');
    }
    let out = env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    if let Err(e) = fs::write(Path::new(&out).join("api.wire"), wire) {
        panic!("cannot write the wire table: {e}");
    }
}
