//! Embeds the optional first-name lists fetched by `tools/fetch-names.sh` (public domain); an
//! absent list embeds as empty, so the build never needs the network.

use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for gender in ["female", "male"] {
        let source = Path::new("data/first-names").join(format!("{gender}.txt"));
        println!("cargo:rerun-if-changed={}", source.display());
        let names = std::fs::read_to_string(&source).unwrap_or_default();
        std::fs::write(Path::new(&out).join(format!("{gender}-first-names.txt")), names).expect("writing OUT_DIR");
    }
    println!("cargo:rerun-if-changed=data/first-names");
}
