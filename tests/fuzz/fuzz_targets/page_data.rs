//! The page data file comes from the app's own origin, but a host or a cache
//! in between can serve anything at that address (an error page, a file of
//! another build, a cut-off response). No text may panic the decoder, and a
//! text it accepts is a library that writes back to a file decoding to the
//! same library.
#![no_main]

use libfuzzer_sys::fuzz_target;
use opsfit::domain::content::page_data::{decode, encode};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Some(library) = decode(text) {
        assert_eq!(decode(&encode(&library)).as_ref(), Some(&library));
    }
});
