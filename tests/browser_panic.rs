//! The crash screen in headless Chromium: what a person sees after a panic.
#![cfg(target_arch = "wasm32")]

use opsfit::browser::panic_screen;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_crash_screen_says_progress_is_saved_and_offers_a_reload() {
    use wasm_bindgen::JsCast;
    let document = web_sys::window().unwrap().document().unwrap();
    // A stand-in for the page body: the test harness reports through the real one.
    let page: web_sys::HtmlElement = document.create_element("div").unwrap().dyn_into().unwrap();
    document.body().unwrap().append_child(&page).unwrap();
    let leftover = document.create_element("p").unwrap();
    leftover.set_text_content(Some("a half-drawn page"));
    page.append_child(&leftover).unwrap();

    panic_screen::show_in(&page);

    let text = page.text_content().unwrap();
    assert!(text.contains("Something went wrong."), "{text}");
    assert!(text.contains("Your progress is saved."), "{text}");
    assert!(
        !text.contains("a half-drawn page"),
        "the broken page is gone"
    );
    let alert = document
        .query_selector("[role=alert]")
        .unwrap()
        .expect("an alert");
    assert_eq!(alert.tag_name(), "MAIN");
    let button = document
        .query_selector("main button")
        .unwrap()
        .expect("a button");
    assert_eq!(button.text_content().as_deref(), Some("Reload"));
    // The wasm is dead after a panic, so the button must work without it.
    assert_eq!(
        button.get_attribute("onclick").as_deref(),
        Some("location.reload()")
    );
}
