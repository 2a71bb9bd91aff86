//! The pages module (ARCHITECTURE.md, "The pages module"): fetched the first
//! time a screen needs it, instantiated, and kept for the page's life. The
//! single file carries it inline instead, as base64 in
//! `<script type="application/octet-stream" id="opsfit-pages">`, since a
//! page opened from disk cannot fetch. The module's name is the build's:
//! index.html names it in `<meta name="opsfit-pages">`, and mount.js
//! passes it to a mounted app.
//!
//! The module's screens have their own stylesheet, named as the module is
//! with `.css` (`style/pages.css`), which comes with it: the app's page adds
//! its link when it loads the module, and a screen draws only once both are
//! in, so nothing shows unstyled. The single file has it in its style
//! already, and a mounted app in mount.js's.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Function, Object, Promise, Reflect, Uint8Array, WebAssembly};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

struct Module {
    memory: WebAssembly::Memory,
    request: Function,
    draw: Function,
    answer: Function,
}

thread_local! {
    static MODULE: RefCell<Option<Module>> = const { RefCell::new(None) };
    static NAME: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The module's file name, for a mounted app, whose page is the host's.
pub fn set_name(name: String) {
    NAME.set(name);
}

/// Whether the module is in: a screen can draw at once.
pub fn loaded() -> bool {
    MODULE.with_borrow(Option::is_some)
}

/// Loads the module (and on the app's own page its stylesheet), then tells
/// `done` whether it is in. Nothing is kept on failure (offline before the
/// service worker had it, a blocked request, a file that is not a module,
/// a stylesheet that did not load), so a retry fetches again.
pub fn load(done: impl FnOnce(bool) + 'static) {
    let done = Rc::new(Cell::new(Some(done)));
    let failed = done.clone();
    let bytes: Steps = match (inline(), web_sys::window()) {
        (Some(bytes), _) => {
            let bytes: JsValue = Uint8Array::from(bytes.as_slice()).into();
            Promise::resolve(&bytes).unchecked_into()
        }
        (None, Some(window)) => {
            let body = Closure::once_into_js(|response: JsValue| -> Result<JsValue, JsValue> {
                let response: web_sys::Response = response.dyn_into()?;
                if !response.ok() {
                    return Err(JsValue::NULL);
                }
                response.array_buffer().map(Into::into)
            });
            let (stem, own_page) = stem();
            let bytes = window
                .fetch_with_str(&[&stem, ".wasm"].concat())
                .unchecked_into::<Steps>()
                .then(&body);
            match own_page {
                true => with_stylesheet(&window, &[&stem, ".css"].concat(), bytes),
                false => bytes,
            }
        }
        (None, None) => Promise::reject(&JsValue::NULL).unchecked_into(),
    };
    // Straight from the fetched buffer: through this module's memory the
    // bytes would be copied twice and hold a block of its heap for good.
    let instantiate = Closure::once_into_js(|bytes: JsValue| -> JsValue {
        instantiate(&bytes, &Object::new()).into()
    });
    let ready = Closure::once_into_js(move |made: JsValue| {
        let module = Reflect::get(&made, &"instance".into())
            .and_then(|instance| Reflect::get(&instance, &"exports".into()))
            .ok()
            .and_then(|exports| exports_of(&exports));
        let ok = module.is_some();
        MODULE.set(module);
        if let Some(done) = done.take() {
            done(ok);
        }
    });
    let refused = Closure::once_into_js(move |_: JsValue| {
        if let Some(done) = failed.take() {
            done(false);
        }
    });
    bytes.then(&instantiate).settle(&ready, &refused);
}

/// Adds the module's stylesheet to the page: the module's `bytes` come
/// once it has loaded too, and not at all if it fails.
fn with_stylesheet(window: &web_sys::Window, href: &str, bytes: Steps) -> Steps {
    let Some(link) = window
        .document()
        .and_then(|d| {
            Some((
                d.create_element("link").ok()?,
                d.query_selector("head").ok()??,
            ))
        })
        .and_then(|(link, head)| {
            link.set_attribute("rel", "stylesheet").ok()?;
            link.set_attribute("href", href).ok()?;
            head.append_child(&link).ok()
        })
    else {
        return bytes;
    };
    // Its load settles the promise with the bytes' own (a promise resolved
    // with a promise follows it); its error rejects it.
    Promise::new_typed::<JsValue>(&mut |loaded, failed| {
        let _ = Reflect::set(
            &link,
            &"onload".into(),
            &loaded.bind1(&JsValue::NULL, &bytes),
        );
        let _ = Reflect::set(&link, &"onerror".into(), &failed);
    })
    .unchecked_into()
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    // A promise whose `then` takes plain functions: js-sys's typed `then`
    // wants typed closures, which these one-shot steps do not need.
    type Steps;
    #[wasm_bindgen(method, js_name = then)]
    fn then(this: &Steps, step: &JsValue) -> Steps;
    #[wasm_bindgen(method, js_name = then)]
    fn settle(this: &Steps, ready: &JsValue, refused: &JsValue) -> Steps;
    // `WebAssembly.instantiate` of an `ArrayBuffer` or a typed array, which
    // js-sys takes only as a Rust slice.
    #[wasm_bindgen(js_namespace = WebAssembly)]
    fn instantiate(bytes: &JsValue, imports: &Object) -> Promise;
}

fn exports_of(exports: &JsValue) -> Option<Module> {
    let get = |name: &str| Reflect::get(exports, &name.into()).ok();
    let function = |name: &str| get(name)?.dyn_into::<Function>().ok();
    Some(Module {
        memory: get("memory")?.dyn_into().ok()?,
        request: function("request")?,
        draw: function("draw")?,
        answer: function("answer")?,
    })
}

/// What the module draws for a request (`domain::screens::request`), as
/// `Ops` text; `None` before it is loaded or if a call fails.
pub fn draw(request: &str) -> Option<String> {
    MODULE.with_borrow(|module| {
        let m = module.as_ref()?;
        let number = |v: Result<JsValue, JsValue>| v.ok()?.as_f64().map(|n| n as u32);
        let len = request.len() as u32;
        let at = number(m.request.call1(&JsValue::UNDEFINED, &len.into()))?;
        // Read the buffer after each call: the module's memory may grow.
        let memory = || Uint8Array::new(&m.memory.buffer());
        memory()
            .subarray(at, at + len)
            .copy_from(request.as_bytes());
        let len = number(m.draw.call0(&JsValue::UNDEFINED))?;
        let at = number(m.answer.call0(&JsValue::UNDEFINED))?;
        String::from_utf8(memory().subarray(at, at + len).to_vec()).ok()
    })
}

/// Draws a request into `element`, in place of what it held: the module's
/// answer replayed (`domain::screens::replay`) into the DOM.
pub fn draw_into(element: web_sys::Element, request: &str) {
    let ops = draw(request).unwrap_or_default();
    crate::domain::screens::replay(&ops, &mut crate::browser::page_tree::Dom::new(element));
}

/// The module's files without their extension: beside mount.js in a
/// mounted app; otherwise relative, so a build works from any sub-path and
/// `dist/es/` fetches its own. Also whether this is the app's own page.
fn stem() -> (String, bool) {
    let name = NAME.with_borrow(Clone::clone);
    let own_page = name.is_empty();
    let name = if own_page {
        meta_name().unwrap_or_default()
    } else {
        name
    };
    (
        [crate::browser::page::mount_base().as_str(), &name].concat(),
        own_page,
    )
}

fn meta_name() -> Option<String> {
    web_sys::window()?
        .document()?
        .query_selector("meta[name=opsfit-pages]")
        .ok()??
        .get_attribute("content")
}

fn inline() -> Option<Vec<u8>> {
    let window = web_sys::window()?;
    let text = window
        .document()?
        .get_element_by_id("opsfit-pages")?
        .text_content()?;
    // The browser's own base64: a decoder here would cost the first load
    // more than the whole module loader.
    let binary = window.atob(text.trim()).ok()?;
    Some(binary.chars().map(|c| c as u8).collect())
}
