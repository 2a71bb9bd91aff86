//! "Save as image": the result's card drawn on a canvas, 1200 × 630 (the
//! size link previews and posts use), then shared as a file where the Web
//! Share API takes files (phones), or else downloaded. Everything happens
//! in the page: no library, no request, so it works offline and from the
//! single file.

use wasm_bindgen::{JsCast, JsValue};

use crate::domain::figures::Card;

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
const FILE_NAME: &str = "opsfit-result.png";

// The light palette of style/main.css, fixed so every card looks the same.
const BG: &str = "#ffffff";
const FG: &str = "#1b1f24";
const MUTED: &str = "#4a5560";
const ACCENT: &str = "#0b5cad";
const TRACK: &str = "#e3e8ee";
const POLE_B: &str = "#8a96a3";
const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/// How the card left the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    Shared,
    Downloaded,
    Failed,
}

/// Draws the card and shares or downloads it.
pub fn save(card: &Card) -> Saved {
    let Some(url) = draw(card) else {
        return Saved::Failed;
    };
    if share(&url).is_some() {
        return Saved::Shared;
    }
    match download(&url) {
        Some(()) => Saved::Downloaded,
        None => Saved::Failed,
    }
}

/// The card as a PNG `data:` URL.
fn draw(card: &Card) -> Option<String> {
    let document = web_sys::window()?.document()?;
    let canvas: web_sys::HtmlCanvasElement =
        document.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width(WIDTH);
    canvas.set_height(HEIGHT);
    let cx: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    let font =
        |size: u32, bold: bool| format!("{}{size}px {FONT}", if bold { "bold " } else { "" });
    let text = |t: &str, x: f64, y: f64, size: u32, bold: bool, colour: &str| {
        cx.set_font(&font(size, bold));
        cx.set_fill_style_str(colour);
        let _ = cx.fill_text(t, x, y);
    };
    let rect = |x: f64, y: f64, w: f64, h: f64, colour: &str| {
        cx.set_fill_style_str(colour);
        cx.fill_rect(x, y, w, h);
    };
    rect(0.0, 0.0, WIDTH as f64, HEIGHT as f64, BG);
    rect(0.0, 0.0, 16.0, HEIGHT as f64, ACCENT);
    text(card.app, 72.0, 96.0, 34, true, ACCENT);
    text(&card.heading, 72.0, 190.0, 68, true, FG);

    // The split, as on the result page.
    let (x, w) = (72.0, 1056.0);
    rect(x, 230.0, w, 28.0, POLE_B);
    rect(x, 230.0, w * card.percent0 as f64 / 100.0, 28.0, ACCENT);
    text(&card.split[0], x, 300.0, 30, true, FG);
    cx.set_text_align("right");
    text(&card.split[1], x + w, 300.0, 30, true, FG);
    cx.set_text_align("left");

    text(card.traits_heading, 72.0, 380.0, 28, true, MUTED);
    for (i, (label, score)) in card.traits.iter().enumerate() {
        let y = 430.0 + 56.0 * i as f64;
        text(label, 72.0, y, 28, false, FG);
        rect(560.0, y - 24.0, 460.0, 24.0, TRACK);
        rect(560.0, y - 24.0, 4.6 * *score as f64, 24.0, ACCENT);
        text(&format!("{score}%"), 1040.0, y, 28, true, FG);
    }
    text(card.tagline, 72.0, 600.0, 24, false, MUTED);
    canvas.to_data_url_with_type("image/png").ok()
}

/// Shares the PNG as a file where the browser can; `None` when it cannot
/// (no Web Share, or no files in it), so the caller downloads instead.
fn share(data_url: &str) -> Option<()> {
    let window = web_sys::window()?;
    let navigator = window.navigator();
    let can_share: js_sys::Function = js_sys::Reflect::get(&navigator, &"canShare".into())
        .ok()?
        .dyn_into()
        .ok()?;
    // The browser's own base64 decoder: a second one in the wasm would
    // cost kilobytes. `atob` gives one character per byte.
    let binary = window.atob(data_url.split_once(',')?.1).ok()?;
    let bytes: Vec<u8> = binary.chars().map(|c| c as u32 as u8).collect();
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes.as_slice()));
    let options = web_sys::FilePropertyBag::new();
    options.set_type("image/png");
    let file =
        web_sys::File::new_with_u8_array_sequence_and_options(&parts, FILE_NAME, &options).ok()?;
    let data = js_sys::Object::new();
    js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(&file)).ok()?;
    if !can_share.call1(&navigator, &data).ok()?.is_truthy() {
        return None;
    }
    let share: js_sys::Function = js_sys::Reflect::get(&navigator, &"share".into())
        .ok()?
        .dyn_into()
        .ok()?;
    // A refused or cancelled share rejects a promise nobody waits on: the
    // person is still on the result, and can press again.
    let _: JsValue = share.call1(&navigator, &data).ok()?;
    Some(())
}

fn download(data_url: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    a.set_href(data_url);
    a.set_download(FILE_NAME);
    a.click();
    Some(())
}
