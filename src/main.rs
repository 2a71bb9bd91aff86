//! Mounts the app; nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    opsfit::ui::app::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("opsfit runs in the browser: build it with trunk (see README.md).");
}
