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
}

/// Resolves on the frame's next `load` event; fails after five seconds.
async fn loaded(frame: &web_sys::HtmlIFrameElement) {
    let frame = frame.clone();
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&reject, 5000)
            .unwrap();
        let once = web_sys::AddEventListenerOptions::new();
        once.set_once(true);
        frame
            .add_event_listener_with_callback_and_add_event_listener_options(
                "load", &resolve, &once,
            )
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .expect("the frame loads");
}

#[wasm_bindgen_test]
async fn the_reload_button_reloads_the_page_without_the_wasm() {
    use wasm_bindgen::JsCast;
    let document = web_sys::window().unwrap().document().unwrap();
    // A page of its own, so that reloading it does not reload the test harness.
    let frame: web_sys::HtmlIFrameElement = document
        .create_element("iframe")
        .unwrap()
        .dyn_into()
        .unwrap();
    frame.set_srcdoc("<p>the page as first served</p>");
    document.body().unwrap().append_child(&frame).unwrap();
    loaded(&frame).await;
    let page = frame.content_document().unwrap().body().unwrap();

    panic_screen::show_in(&page);
    let button: web_sys::HtmlElement = page
        .query_selector("button")
        .unwrap()
        .expect("a button")
        // The frame's elements belong to its own realm, so no `dyn_into`.
        .unchecked_into();
    let reloaded = loaded(&frame);
    button.click();
    reloaded.await;

    let text = frame
        .content_document()
        .unwrap()
        .body()
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(text, "the page as first served");
    frame.remove();
}

/// Resolves after `ms` milliseconds.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_real_panic_replaces_only_the_app_with_the_crash_screen() {
    use wasm_bindgen::JsCast;
    let document = web_sys::window().unwrap().document().unwrap();
    // The app as a page mounts it without an iframe, beside the page's own text.
    let host_text = document.create_element("p").unwrap();
    host_text.set_text_content(Some("the host page's own text"));
    document.body().unwrap().append_child(&host_text).unwrap();
    let app: web_sys::HtmlElement = document.create_element("div").unwrap().dyn_into().unwrap();
    app.set_text_content(Some("a question half answered"));
    document.body().unwrap().append_child(&app).unwrap();
    panic_screen::install_in(app.clone());

    // A panic in an event callback, as one in the app would be.
    let provoke = wasm_bindgen::closure::Closure::once_into_js(|| -> () {
        panic!("provoked by the test");
    });
    web_sys::window()
        .unwrap()
        .set_timeout_with_callback_and_timeout_and_arguments_0(provoke.unchecked_ref(), 0)
        .unwrap();
    sleep(50).await;

    let text = app.text_content().unwrap();
    assert!(text.contains("Something went wrong."), "{text}");
    assert!(text.contains("Your progress is saved."), "{text}");
    assert!(!text.contains("half answered"), "{text}");
    assert!(
        app.query_selector("button").unwrap().is_some(),
        "a reload button"
    );
    assert_eq!(
        host_text.text_content().as_deref(),
        Some("the host page's own text"),
        "the rest of the page is untouched"
    );
}
