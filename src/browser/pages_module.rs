//! The pages module (ARCHITECTURE.md, "The pages module"): fetched the first
//! time a screen needs it, instantiated, and kept for the page's life. The
//! single file carries it inline instead, as base64 in
//! `<script type="application/octet-stream" id="opsfit-pages">`, since a
//! page opened from disk cannot fetch. The module's name is the build's:
//! index.html names it in `<meta name="opsfit-pages">`, and mount.js
//! passes it to a mounted app.

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

/// Loads the module, then tells `done` whether it is in. Nothing is kept on
/// failure (offline before the service worker had it, a blocked request, a
/// file that is not a module), so a retry fetches again.
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
            window
                .fetch_with_str(&url())
                .unchecked_into::<Steps>()
                .then(&body)
        }
        (None, None) => Promise::reject(&JsValue::NULL).unchecked_into(),
    };
    let instantiate = Closure::once_into_js(|bytes: JsValue| -> JsValue {
        let bytes = Uint8Array::new(&bytes).to_vec();
        WebAssembly::instantiate_buffer(&bytes, &Object::new()).into()
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

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    // A promise whose `then` takes plain functions: js-sys's typed `then`
    // wants typed closures, which these one-shot steps do not need.
    type Steps;
    #[wasm_bindgen(method, js_name = then)]
    fn then(this: &Steps, step: &JsValue) -> Steps;
    #[wasm_bindgen(method, js_name = then)]
    fn settle(this: &Steps, ready: &JsValue, refused: &JsValue) -> Steps;
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

/// Beside mount.js in a mounted app; otherwise relative, so a build works
/// from any sub-path and `dist/es/` fetches its own module.
fn url() -> String {
    let name = NAME.with_borrow(Clone::clone);
    let name = if name.is_empty() {
        meta_name().unwrap_or_default()
    } else {
        name
    };
    [crate::browser::page::mount_base().as_str(), &name].concat()
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
