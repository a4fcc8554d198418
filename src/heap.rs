//! The page's heap: small blocks come from free lists by size class, in front of a general
//! allocator (talc, in `src/wasm.rs`).
//!
//! Why: the engine makes some 3,300 allocations an article (strings of words, token and
//! span vectors), nearly all small and short-lived. In the wasm build, talc's allocate and
//! deallocate took about 7% of the engine's time; a free list pops and pushes in a few
//! instructions. A block of a class is never given back to the allocator behind: a worker's
//! wasm memory never shrinks anyway, and the same sizes come back with the next article.
//!
//! Invariant: a block of size class `c` is always `(c + 1) * CLASS_BYTES` bytes, aligned to
//! [`CLASS_BYTES`], whatever the size asked; larger or more aligned blocks go straight to the
//! allocator behind, with their own layout.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;
use std::ptr;

/// The step between size classes, and their alignment.
pub const CLASS_BYTES: usize = 16;
/// Size classes: blocks up to `CLASSES * CLASS_BYTES` bytes come from the lists.
pub const CLASSES: usize = 32;

/// Free lists by size class in front of the allocator `A`. Not thread-safe: one instance
/// serves one thread (a wasm worker has one).
pub struct Heap<A> {
    behind: A,
    /// The first free block of each class; a free block holds the address of the next.
    free: UnsafeCell<[*mut u8; CLASSES]>,
}

impl<A> Heap<A> {
    pub const fn new(behind: A) -> Heap<A> {
        Heap { behind, free: UnsafeCell::new([ptr::null_mut(); CLASSES]) }
    }
}

// A wasm32 build without the atomics feature has one thread: nothing else ever touches the
// lists.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
unsafe impl<A: Sync> Sync for Heap<A> {}

/// The size class of `layout`, when the lists serve it.
fn class(layout: Layout) -> Option<usize> {
    (layout.size() != 0 && layout.size() <= CLASSES * CLASS_BYTES && layout.align() <= CLASS_BYTES).then(|| (layout.size() - 1) / CLASS_BYTES)
}

fn class_layout(c: usize) -> Layout {
    // (Sizes up to CLASSES * CLASS_BYTES with a power-of-two alignment: always valid.)
    Layout::from_size_align((c + 1) * CLASS_BYTES, CLASS_BYTES).expect("size class layout")
}

unsafe impl<A: GlobalAlloc> GlobalAlloc for Heap<A> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(c) = class(layout) else { return self.behind.alloc(layout) };
        let free = &mut *self.free.get();
        let block = free[c];
        if block.is_null() {
            return self.behind.alloc(class_layout(c));
        }
        free[c] = *(block as *mut *mut u8);
        block
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        let Some(c) = class(layout) else { return self.behind.dealloc(block, layout) };
        let free = &mut *self.free.get();
        *(block as *mut *mut u8) = free[c];
        free[c] = block;
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
        match (class(layout), class(new_layout)) {
            // Growing or shrinking within its class: the block is that large already.
            (Some(a), Some(b)) if a == b => block,
            (None, None) => self.behind.realloc(block, layout, new_size),
            _ => {
                let moved = self.alloc(new_layout);
                if !moved.is_null() {
                    ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
                    self.dealloc(block, layout);
                }
                moved
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::alloc::System;

    fn layout(size: usize, align: usize) -> Layout {
        Layout::from_size_align(size, align).unwrap()
    }

    #[test]
    fn a_freed_block_serves_the_next_of_its_class() {
        let heap = Heap::new(System);
        unsafe {
            let a = heap.alloc(layout(20, 8));
            heap.dealloc(a, layout(20, 8));
            // 17 to 32 bytes: the same class, the same block.
            assert_eq!(heap.alloc(layout(32, 4)), a);
            // Another class: another block.
            let b = heap.alloc(layout(40, 8));
            assert_ne!(b, a);
            assert_eq!(b as usize % CLASS_BYTES, 0);
            heap.dealloc(b, layout(40, 8));
            heap.dealloc(a, layout(32, 4));
        }
    }

    #[test]
    fn blocks_of_a_class_are_reused_last_freed_first() {
        let heap = Heap::new(System);
        unsafe {
            let blocks: Vec<*mut u8> = (0..3).map(|_| heap.alloc(layout(100, 8))).collect();
            for &b in &blocks {
                heap.dealloc(b, layout(100, 8));
            }
            let again: Vec<*mut u8> = (0..3).map(|_| heap.alloc(layout(100, 8))).collect();
            assert_eq!(again, blocks.iter().rev().copied().collect::<Vec<_>>());
            for b in again {
                heap.dealloc(b, layout(100, 8));
            }
        }
    }

    #[test]
    fn realloc_keeps_the_bytes_across_classes_and_to_large_blocks() {
        let heap = Heap::new(System);
        unsafe {
            let a = heap.alloc(layout(10, 1));
            for k in 0..10 {
                *a.add(k) = k as u8;
            }
            // Within its class (up to 16 bytes): the same block.
            assert_eq!(heap.realloc(a, layout(10, 1), 16), a);
            // To the next class, then past the lists, then back.
            let b = heap.realloc(a, layout(16, 1), 200);
            let c = heap.realloc(b, layout(200, 1), 5000);
            let d = heap.realloc(c, layout(5000, 1), 8);
            assert_eq!((0..8).map(|k| *d.add(k)).collect::<Vec<u8>>(), (0..8).collect::<Vec<u8>>());
            heap.dealloc(d, layout(8, 1));
        }
    }

    #[test]
    fn large_and_overaligned_blocks_go_behind() {
        assert_eq!(class(layout(CLASSES * CLASS_BYTES, 8)), Some(CLASSES - 1));
        assert_eq!(class(layout(CLASSES * CLASS_BYTES + 1, 8)), None);
        assert_eq!(class(layout(64, 64)), None);
        assert_eq!(class(layout(1, 1)), Some(0));
        let heap = Heap::new(System);
        unsafe {
            let big = heap.alloc(layout(4096, 64));
            assert_eq!(big as usize % 64, 0);
            heap.dealloc(big, layout(4096, 64));
        }
    }
}
