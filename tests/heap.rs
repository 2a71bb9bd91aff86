//! The allocator of the browser build (`opsfit::heap`), run natively over a
//! buffer: blocks are aligned, never overlap while live, keep their bytes
//! through a move, and are reused once freed.
#![cfg(not(target_arch = "wasm32"))]

use std::alloc::Layout;

use opsfit::heap::{Heap, Memory};
use proptest::prelude::*;

/// A buffer handed out a piece at a time, like wasm pages; `gap` leaves a
/// hole before each piece, so that new memory does not always continue the
/// old.
struct Buffer {
    bytes: Vec<u64>,
    used: usize,
    gap: usize,
}

impl Buffer {
    fn new(gap: usize) -> Buffer {
        Buffer {
            bytes: vec![0; 1 << 20],
            used: 0,
            gap,
        }
    }
}

impl Memory for Buffer {
    fn grow(&mut self, bytes: usize) -> Option<(usize, usize)> {
        let base = self.bytes.as_mut_ptr() as usize;
        // Pages of 4 KiB here: the rounding is what matters, not the size.
        let len = bytes.div_ceil(4096) * 4096;
        let at = (base + self.used + self.gap + 4095) & !4095;
        if at + len > base + self.bytes.len() * 8 {
            return None;
        }
        self.used = at + len - base;
        Some((at, len))
    }
}

fn layout(size: usize, align_log: u32) -> Layout {
    Layout::from_size_align(size, 1 << align_log).unwrap()
}

/// A live block and the byte it was filled with.
struct Live {
    ptr: *mut u8,
    layout: Layout,
    fill: u8,
}

fn check(live: &[Live]) {
    for (i, a) in live.iter().enumerate() {
        assert_eq!(a.ptr as usize % a.layout.align(), 0, "aligned");
        let bytes = unsafe { std::slice::from_raw_parts(a.ptr, a.layout.size()) };
        assert!(bytes.iter().all(|b| *b == a.fill), "a block kept its bytes");
        for b in &live[i + 1..] {
            let (a0, b0) = (a.ptr as usize, b.ptr as usize);
            assert!(
                a0 + a.layout.size() <= b0 || b0 + b.layout.size() <= a0,
                "live blocks overlap"
            );
        }
    }
}

#[derive(Debug, Clone)]
enum Step {
    Alloc(usize, u32),
    Free(usize),
    Grow(usize, usize),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (1usize..3000, 0u32..7).prop_map(|(s, a)| Step::Alloc(s, a)),
        any::<usize>().prop_map(Step::Free),
        (any::<usize>(), 1usize..5000).prop_map(|(i, s)| Step::Grow(i, s)),
    ]
}

proptest! {
    #[test]
    fn blocks_are_aligned_apart_and_keep_their_bytes(
        steps in prop::collection::vec(step(), 1..200),
        gap in prop_oneof![Just(0usize), Just(100usize)],
    ) {
        let mut heap = Heap::new(Buffer::new(gap));
        let mut live: Vec<Live> = Vec::new();
        let mut fill = 0u8;
        for step in steps {
            match step {
                Step::Alloc(size, align) => {
                    let layout = layout(size, align);
                    let ptr = heap.alloc(layout);
                    prop_assert!(!ptr.is_null());
                    fill = fill.wrapping_add(1);
                    unsafe { std::ptr::write_bytes(ptr, fill, size) };
                    live.push(Live { ptr, layout, fill });
                }
                Step::Free(i) if !live.is_empty() => {
                    let block = live.swap_remove(i % live.len());
                    unsafe { heap.dealloc(block.ptr, block.layout) };
                }
                Step::Grow(i, size) if !live.is_empty() => {
                    let i = i % live.len();
                    let Live { ptr, layout, fill } = live[i];
                    let moved = unsafe { heap.realloc(ptr, layout, size) };
                    prop_assert!(!moved.is_null());
                    let kept = layout.size().min(size);
                    let bytes = unsafe { std::slice::from_raw_parts(moved, kept) };
                    prop_assert!(bytes.iter().all(|b| *b == fill), "realloc kept the bytes");
                    unsafe { std::ptr::write_bytes(moved, fill, size) };
                    live[i] = Live { ptr: moved, layout: Layout::from_size_align(size, layout.align()).unwrap(), fill };
                }
                _ => {}
            }
            check(&live);
        }
    }
}

#[test]
fn a_freed_block_is_given_again_for_its_size() {
    let mut heap = Heap::new(Buffer::new(0));
    let a = heap.alloc(layout(24, 3));
    unsafe { heap.dealloc(a, layout(24, 3)) };
    assert_eq!(
        heap.alloc(layout(32, 3)),
        a,
        "24 and 32 bytes share a class"
    );
    assert_ne!(
        heap.alloc(layout(24, 3)),
        a,
        "a live block is not given twice"
    );
}

#[test]
fn growing_within_a_size_keeps_the_block() {
    let mut heap = Heap::new(Buffer::new(0));
    let a = heap.alloc(layout(20, 0));
    assert_eq!(unsafe { heap.realloc(a, layout(20, 0), 32) }, a);
    assert_ne!(unsafe { heap.realloc(a, layout(32, 0), 33) }, a);
}

#[test]
fn out_of_memory_is_a_null_block_not_a_crash() {
    let mut heap = Heap::new(Buffer::new(0));
    assert!(heap.alloc(layout(16 << 20, 3)).is_null());
    assert!(!heap.alloc(layout(16, 3)).is_null());
}
