//! The browser build's allocator: blocks in power-of-two sizes, a free list
//! for each size, and fresh memory from the end of the heap. std's
//! allocator (dlmalloc) costs the first load about a kilobyte more, and
//! this app's few, small, short-lived objects do not need what it adds.
//! What it gives up: a freed block is reused only for its own size, and
//! memory, once grown, is never given back (wasm cannot shrink a memory).
//!
//! [`Heap`] is plain code over a [`Memory`], so native tests run it over a
//! buffer of their own (`tests/heap.rs`); `Global` is the wasm allocator.

use std::alloc::Layout;

/// Where a heap gets fresh memory.
pub trait Memory {
    /// At least `bytes` more bytes, as the address they start at, or `None`
    /// when there is no more. Wasm gives whole pages, each right after the
    /// last.
    fn grow(&mut self, bytes: usize) -> Option<(usize, usize)>;
}

/// Blocks of 8 bytes up to 2³¹: one free list a size.
const CLASSES: usize = 32;

pub struct Heap<M> {
    memory: M,
    /// The first free block of each size; each free block holds the
    /// address of the next.
    free: [usize; CLASSES],
    /// Fresh memory: from `top` to `end`.
    top: usize,
    end: usize,
}

/// The size class of a layout: its block is `1 << class` bytes, big enough
/// for the size and the alignment. Every block is aligned to its own size,
/// so a freed block serves any layout of its class, whatever alignment
/// that asks for.
fn class(layout: Layout) -> usize {
    let size = layout.size().max(layout.align()).max(8);
    size.next_power_of_two().trailing_zeros() as usize
}

impl<M: Memory> Heap<M> {
    pub const fn new(memory: M) -> Heap<M> {
        Heap {
            memory,
            free: [0; CLASSES],
            top: 0,
            end: 0,
        }
    }

    /// A block for `layout`, or null when memory is out.
    pub fn alloc(&mut self, layout: Layout) -> *mut u8 {
        let class = class(layout);
        if class >= CLASSES {
            return std::ptr::null_mut();
        }
        let head = self.free[class];
        if head != 0 {
            // SAFETY: a free block is at least 8 bytes, aligned, and holds
            // the next block's address, written by `dealloc`.
            self.free[class] = unsafe { *(head as *const usize) };
            return head as *mut u8;
        }
        let size = 1usize << class;
        let mut start = (self.top + size - 1) & !(size - 1);
        if self.top == 0 || start + size > self.end {
            // Twice the block, so it fits once aligned.
            let grown = size.checked_mul(2).and_then(|want| self.memory.grow(want));
            let Some((at, len)) = grown else {
                return std::ptr::null_mut();
            };
            // New memory after the old continues it; elsewhere, the rest of
            // the old is left unused.
            if at != self.end {
                self.top = at;
            }
            self.end = at + len;
            start = (self.top + size - 1) & !(size - 1);
        }
        self.top = start + size;
        start as *mut u8
    }

    /// Takes back a block that `alloc` gave for the same layout.
    ///
    /// # Safety
    /// `ptr` came from this heap's `alloc` with `layout`, and is not used
    /// again.
    pub unsafe fn dealloc(&mut self, ptr: *mut u8, layout: Layout) {
        let class = class(layout);
        // SAFETY: the block is this heap's, at least 8 bytes and aligned.
        unsafe { *(ptr as *mut usize) = self.free[class] };
        self.free[class] = ptr as usize;
    }

    /// A block for `new_size`, with the old block's bytes: the same block
    /// when the size class does not change.
    ///
    /// # Safety
    /// As for [`Heap::dealloc`].
    pub unsafe fn realloc(&mut self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let Ok(new) = Layout::from_size_align(new_size, layout.align()) else {
            return std::ptr::null_mut();
        };
        if class(new) == class(layout) {
            return ptr;
        }
        let moved = self.alloc(new);
        if !moved.is_null() {
            // SAFETY: both blocks are live, distinct, and hold these bytes.
            unsafe {
                std::ptr::copy_nonoverlapping(ptr, moved, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
        }
        moved
    }
}

#[cfg(all(target_arch = "wasm32", feature = "shell"))]
mod global {
    use std::alloc::{GlobalAlloc, Layout};
    use std::cell::UnsafeCell;

    use super::{Heap, Memory};

    const PAGE: usize = 65536;

    pub struct Pages;

    impl Memory for Pages {
        fn grow(&mut self, bytes: usize) -> Option<(usize, usize)> {
            let pages = bytes.div_ceil(PAGE);
            let old = core::arch::wasm32::memory_grow(0, pages);
            (old != usize::MAX).then_some((old * PAGE, pages * PAGE))
        }
    }

    pub struct Global(UnsafeCell<Heap<Pages>>);

    // This target runs one thread: the heap is never shared between two.
    unsafe impl Sync for Global {}

    unsafe impl GlobalAlloc for Global {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            unsafe { (*self.0.get()).alloc(layout) }
        }
        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            unsafe { (*self.0.get()).dealloc(ptr, layout) }
        }
        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            unsafe { (*self.0.get()).realloc(ptr, layout, new_size) }
        }
    }

    #[global_allocator]
    static GLOBAL: Global = Global(UnsafeCell::new(Heap::new(Pages)));
}
