//! The page data file: what the browser fetches for the learn, compare and
//! method screens is exactly the validated library, in every language, and
//! a damaged file is refused rather than shown half.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use opsfit::authoring::codegen::page_data_name;
use opsfit::authoring::locale::{list, load};
use opsfit::domain::content::page_data::{decode, encode};
use opsfit::domain::shipped::{LIBRARY, PAGE_DATA, PAGE_DATA_TEXT, PAGE_HEADS};

#[test]
fn the_shipped_file_decodes_to_the_library_the_content_describes() {
    assert_eq!(decode(PAGE_DATA_TEXT), Some(LIBRARY.clone()));
    assert_eq!(PAGE_DATA, page_data_name(PAGE_DATA_TEXT));
}

#[test]
fn every_language_round_trips_through_the_file() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    for locale in list(&content).expect("locales") {
        let loaded = load(&content, &locale.id).expect("shipped content is valid");
        let text = encode(&loaded.library).expect("shipped text has no line break");
        assert_eq!(decode(&text), Some(loaded.library), "{}", locale.id);
        // The single file inlines it in a <script> element.
        assert!(
            !text.contains("</") && !text.contains("<!--"),
            "{}",
            locale.id
        );
    }
}

#[test]
fn the_headings_shown_while_loading_are_the_pages_own() {
    assert_eq!(PAGE_HEADS.learn.len(), LIBRARY.pages.len());
    for (page, (id, title)) in LIBRARY.pages.iter().zip(PAGE_HEADS.learn) {
        assert_eq!((page.id.as_ref(), page.title.as_ref()), (*id, *title));
    }
    assert_eq!(PAGE_HEADS.compare, LIBRARY.compare.title);
    assert_eq!(PAGE_HEADS.method, LIBRARY.method.title);
    assert_eq!(
        PAGE_HEADS.learn_title("sre"),
        Some(LIBRARY.page("sre").unwrap().title.as_ref())
    );
    assert_eq!(PAGE_HEADS.learn_title("nope"), None);
}

#[test]
fn a_damaged_or_foreign_file_is_refused() {
    let text = PAGE_DATA_TEXT;
    let first_block = text.find("\n0\n").expect("a paragraph");
    for bad in [
        "",
        "\n",
        "opsfit-pages 1\n",
        "opsfit-pages 1\nend\n",
        "<!doctype html><title>404</title>",
        &text.replacen("opsfit-pages 1", "opsfit-pages 2", 1),
        // A block of an unknown kind, a count that is not a number.
        &format!("{}\n9\n{}", &text[..first_block], &text[first_block + 3..]),
        &format!("{}\nx\n{}", &text[..first_block], &text[first_block + 3..]),
        // More after the end, or the end line missing.
        &format!("{text}more\n"),
        text.strip_suffix("end\n").unwrap(),
    ] {
        assert_eq!(decode(bad), None, "{:.40}", bad);
    }
    // A cut anywhere is refused, never a panic or half a library.
    for cut in (0..text.len())
        .step_by(37)
        .filter(|&i| text.is_char_boundary(i))
    {
        assert_eq!(decode(&text[..cut]), None, "cut at {cut}");
    }
    // A count far beyond what the text holds is refused, not allocated.
    assert_eq!(decode("opsfit-pages 1\n9999\nend\n"), None);
}

#[test]
fn text_that_would_break_the_file_or_the_single_file_is_a_build_error() {
    for text in ["two\nlines", "a\rb", "a </script> b", "<!-- x"] {
        let mut library = LIBRARY.clone();
        library.compare.intro = text.to_string().into();
        let error = encode(&library).expect_err(text);
        assert!(error.contains(&format!("{text:?}")), "{error}");
    }
}

#[test]
fn the_fuzz_seed_has_every_kind_of_block_and_is_accepted() {
    let seed = include_str!("fuzz/seeds/page_data/every_block");
    let library = decode(seed).expect("the seed is a valid file");
    let blocks = &library.method.sections[0].blocks;
    assert_eq!(blocks.len(), 8);
    assert_eq!(encode(&library).as_deref(), Ok(seed));
}
