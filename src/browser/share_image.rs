//! "Save as image": the result's card drawn on a canvas, 1200 × 630 (the
//! size link previews and posts use), then shared as a file where the Web
//! Share API takes files (phones), or else downloaded. Everything happens
//! in the page: no library, no request, so it works offline and from the
//! single file.

use wasm_bindgen::{JsCast, JsValue};

use crate::domain::figures::{percent_text, Card};

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
const FILE_NAME: &str = "opsfit-result.png";

// The light palette of style/main.css's design tokens, fixed so every card
// looks the same; every text colour has 5.4:1 or more on BG.
const BG: &str = "#ffffff";
const FG: &str = "#171a26";
const MUTED: &str = "#525b6e";
const ACCENT: &str = "#4b3bd6";
// The two roles' colours (--opsfit-pole-a, SRE blue; --opsfit-pole-b,
// DevOps orange), as the split wears them on the result page.
const POLE_A: &str = "#1f5fc2";
const POLE_B: &str = "#b14a0a";
// A trait's track: the page's line colour (--opsfit-line), which shows
// where 100% ends on white.
const TRACK: &str = "#c9cdd6";
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
    rect(&cx, 0, 0, WIDTH, HEIGHT, BG);
    rect(&cx, 0, 0, 16, HEIGHT, ACCENT);
    text(&cx, card.app, 72, 96, "bold 34px", ACCENT);
    text(&cx, &card.heading, 72, 190, "bold 68px", FG);

    // The split, as on the result page.
    rect(&cx, 72, 230, 1056, 28, POLE_B);
    rect(&cx, 72, 230, 1056 * card.percent0 as u32 / 100, 28, POLE_A);
    text(&cx, &card.split[0], 72, 300, "bold 30px", POLE_A);
    cx.set_text_align("right");
    text(&cx, &card.split[1], 1128, 300, "bold 30px", POLE_B);
    cx.set_text_align("left");

    text(&cx, card.traits_heading, 72, 380, "bold 28px", MUTED);
    for (i, (label, score)) in card.traits.iter().enumerate() {
        let y = 430 + 56 * i as u32;
        text(&cx, label, 72, y, "28px", FG);
        rect(&cx, 560, y - 24, 460, 24, TRACK);
        rect(&cx, 560, y - 24, 46 * *score as u32 / 10, 24, ACCENT);
        let percent = percent_text(card.percent_of, *score);
        text(&cx, &percent, 1040, y, "bold 28px", FG);
    }
    text(&cx, card.tagline, 72, 600, "24px", MUTED);
    canvas.to_data_url_with_type("image/png").ok()
}

// One copy each in the wasm, whatever calls them.
#[inline(never)]
fn text(cx: &web_sys::CanvasRenderingContext2d, t: &str, x: u32, y: u32, size: &str, colour: &str) {
    cx.set_font(&[size, FONT].join(" "));
    cx.set_fill_style_str(colour);
    let _ = cx.fill_text(t, x as f64, y as f64);
}

#[inline(never)]
fn rect(cx: &web_sys::CanvasRenderingContext2d, x: u32, y: u32, w: u32, h: u32, colour: &str) {
    cx.set_fill_style_str(colour);
    cx.fill_rect(x as f64, y as f64, w as f64, h as f64);
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
