//! Writes the wire columns of the endpoint table (`src/api.txt` without comments and without the
//! TypeScript columns after `|`) for the module to embed: the module carries only what it sends.

use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=src/api.txt");
    let text = match fs::read_to_string("src/api.txt") {
        Ok(t) => t,
        Err(e) => panic!("src/api.txt, the endpoint table, cannot be read: {e}"),
    };
    let mut wire = String::with_capacity(text.len() / 2);
    for line in text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        wire.push_str(line.split(" | ").next().unwrap_or("").trim_end());
        wire.push('\n');
    }
    let out = env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    if let Err(e) = fs::write(Path::new(&out).join("api.wire"), wire) {
        panic!("cannot write the wire table: {e}");
    }
}
