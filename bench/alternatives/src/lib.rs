//! Probes: the same jobs done the way genauth-wasm does them (hand-written, `hand-*` features)
//! and the usual way (serde + serde-wasm-bindgen, gloo-net, web-sys, serde derive). `run.sh`
//! builds one `.wasm` per feature set and measures size, CPU and behaviour.

#[cfg(any(feature = "hand-body", feature = "hand-options"))]
mod hand_value;

#[cfg(feature = "hand-body")]
mod hand_body;
#[cfg(feature = "serde-body")]
mod serde_body;

#[cfg(any(feature = "hand-fetch", feature = "gloo-fetch", feature = "websys-fetch"))]
mod common;
#[cfg(feature = "gloo-fetch")]
mod gloo_fetch;
#[cfg(feature = "hand-fetch")]
mod hand_fetch;
#[cfg(feature = "websys-fetch")]
mod websys_fetch;

#[cfg(feature = "hand-options")]
mod hand_options;
#[cfg(feature = "serde-options")]
mod serde_options;

use wasm_bindgen::prelude::*;

// The allocator genauth-wasm uses.
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: wasm32-unknown-unknown without the atomics feature runs on one thread.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

/// The module's linear memory in bytes (it only grows).
#[wasm_bindgen]
pub fn memory_bytes() -> f64 {
    (core::arch::wasm32::memory_size(0) * 65536) as f64
}
