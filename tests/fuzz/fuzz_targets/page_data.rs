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
        // A decoded text never holds a line break, but may hold "</", which
        // only the build refuses (for the single file); any other library
        // must write back.
        match encode(&library) {
            Ok(again) => assert_eq!(decode(&again).as_ref(), Some(&library)),
            Err(e) => assert!(text.contains("</") || text.contains("<!--"), "{e}"),
        }
    }
});
