//! The pages module: the screens the first load leaves out, with the
//! library they show (`opsfit::domain::screens`). Its whole interface is
//! three functions over its own memory: the app asks for room for a
//! request, writes it there, and asks for it to be drawn; the answer is
//! `screens::answer` text, whose place and length the
//! app reads back. Nothing here imports anything from the page.

use std::cell::RefCell;

use opsfit::domain::screens;
use opsfit::domain::shipped::{content, pages};

thread_local! {
    // The request being written, then the answer being read: each lives
    // until the next call, so the app can read it from this memory.
    static REQUEST: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    static ANSWER: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Room for a request of `len` bytes; the app writes it at the address
/// returned, then calls [`draw`].
#[no_mangle]
pub extern "C" fn request(len: usize) -> *mut u8 {
    REQUEST.with_borrow_mut(|r| {
        r.clear();
        r.resize(len, 0);
        r.as_mut_ptr()
    })
}

/// Draws the request and returns the answer's length; [`answer`] is where
/// it is. A request that is not UTF-8 draws nothing.
#[no_mangle]
pub extern "C" fn draw() -> usize {
    let answer = REQUEST.with_borrow(|r| match std::str::from_utf8(r) {
        Ok(text) => screens::answer(text, pages(), content()),
        Err(_) => String::new(),
    });
    ANSWER.with_borrow_mut(|a| {
        *a = answer;
        a.len()
    })
}

/// Where the last answer is.
#[no_mangle]
pub extern "C" fn answer() -> *const u8 {
    ANSWER.with_borrow(|a| a.as_ptr())
}
