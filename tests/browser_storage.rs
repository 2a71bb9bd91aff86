//! The storage adapter against the real local storage of headless Chromium,
//! and against a storage that throws.
#![cfg(target_arch = "wasm32")]

use opsfit::browser::storage::{Store, StoreError};
use opsfit::domain::quiz::Action;
use opsfit::domain::record::{decode, encode, open, progress_key, Unkept};
use opsfit::domain::session::Session;
use opsfit::domain::shipped::{engine, QUIZ};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Makes every access to `window.localStorage` throw, as a blocked
/// third-party iframe does, runs `f`, and puts storage back.
fn with_blocked_storage(f: impl FnOnce()) {
    js_sys::eval(
        "window.__opsfitSaved = Object.getOwnPropertyDescriptor(window, 'localStorage');
         Object.defineProperty(window, 'localStorage', { configurable: true,
           get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });",
    )
    .unwrap();
    f();
    js_sys::eval(
        "if (window.__opsfitSaved) Object.defineProperty(window, 'localStorage', window.__opsfitSaved);
         else delete window.localStorage;",
    )
    .unwrap();
}

/// Makes every write refuse, as a full quota does.
fn with_full_storage(f: impl FnOnce()) {
    js_sys::eval(
        "window.__opsfitSet = Storage.prototype.setItem;
         Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };",
    )
    .unwrap();
    f();
    js_sys::eval("Storage.prototype.setItem = window.__opsfitSet;").unwrap();
}

#[wasm_bindgen_test]
fn progress_saved_to_local_storage_reads_back() {
    let store = Store::open();
    assert!(store.is_persistent());
    let mut session = Session::new(engine());
    let answer = Action::Answer {
        question: 0,
        option: 4,
    };
    session.apply(engine(), answer, 1.0);
    session.apply(engine(), Action::Next, 2.0);
    let key = progress_key(Some("wasm-test"), &QUIZ.id);

    store.write(&key, &encode(&QUIZ, &session, 42.0)).unwrap();

    // Read straight from the browser, not through the adapter that wrote it.
    let raw = local_storage()
        .get_item(&key)
        .unwrap()
        .expect("the record is stored");
    let back = decode(engine(), &raw).unwrap();
    assert_eq!(back.session, session);
    assert_eq!(Store::open().read(&key).as_deref(), Some(raw.as_str()));
    store.remove(&key).unwrap();
    assert_eq!(local_storage().get_item(&key).unwrap(), None);
}

#[wasm_bindgen_test]
fn keys_outside_the_prefix_are_never_touched() {
    local_storage().set_item("someone-else", "theirs").unwrap();
    let store = Store::open();
    assert_eq!(store.read("someone-else"), None);
    assert_eq!(
        store.write("someone-else", "ours"),
        Err(StoreError::ForeignKey)
    );
    assert_eq!(store.remove("someone-else"), Err(StoreError::ForeignKey));
    assert_eq!(
        local_storage().get_item("someone-else").unwrap().as_deref(),
        Some("theirs")
    );
}

#[wasm_bindgen_test]
fn storage_that_throws_becomes_memory() {
    with_blocked_storage(|| {
        let store = Store::open();
        assert!(!store.is_persistent());
        assert_eq!(store.read("opsfit:progress:sre-devops"), None);
        assert_eq!(
            store.write("opsfit:progress:sre-devops", "{}"),
            Err(StoreError::Unavailable)
        );
    });
    assert!(
        Store::open().is_persistent(),
        "storage is back after the test"
    );
}

#[wasm_bindgen_test]
fn full_storage_still_offers_the_saved_record() {
    let key = progress_key(Some("wasm-full"), &QUIZ.id);
    let mut session = Session::new(engine());
    session.apply(
        engine(),
        Action::Answer {
            question: 0,
            option: 1,
        },
        1.0,
    );
    let raw = encode(&QUIZ, &session, 42.0);
    local_storage().set_item(&key, &raw).unwrap();
    with_full_storage(|| {
        let store = Store::open();
        assert!(!store.is_persistent(), "writes are refused");
        assert!(store.is_readable());
        let (loaded, synced) = open(engine(), &store, &key, 50.0);
        assert_eq!(loaded.session, session, "the saved progress is offered");
        assert_eq!(synced.unkept(), Some(Unkept::NewAnswers));
    });
    local_storage().remove_item(&key).unwrap();
}
