//! The pages module: the screens the first load leaves out, with the
//! library they show (`opsfit::domain::screens`). Its whole interface is
//! three functions over its own memory: the app asks for room for a
//! request, writes it there, and asks for it to be drawn; the answer is
//! [`Ops`](opsfit::domain::screens::Ops) text, whose place and length the
//! app reads back. Nothing here imports anything from the page.

use std::cell::RefCell;

use opsfit::domain::screens::{self, Ops};
use opsfit::domain::shipped::{content, LIBRARY};

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
    let ops = REQUEST.with_borrow(|r| {
        let mut ops = Ops::default();
        if let Ok(text) = std::str::from_utf8(r) {
            screens::draw(text, &LIBRARY, content(), &mut ops);
        }
        ops.0
    });
    ANSWER.with_borrow_mut(|a| {
        *a = ops;
        a.len()
    })
}

/// Where the last answer is.
#[no_mangle]
pub extern "C" fn answer() -> *const u8 {
    ANSWER.with_borrow(|a| a.as_ptr())
}
