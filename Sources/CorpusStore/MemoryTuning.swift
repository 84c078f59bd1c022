import CAllocator

/// How the process asks the C allocator to treat the corpus's large buffers.
public enum MemoryTuning {
    /// Serves every allocation of 128 KiB or more with its own mapping, so freeing it gives
    /// the memory back to the kernel at once. glibc otherwise raises that threshold each time
    /// such a buffer is freed, after which the arenas, columns and snapshot sections a load
    /// makes and drops stay in the heap: a fifth more peak memory at 100,000 articles.
    public static func returnLargeBuffersToTheKernel() {
        _ = lede_return_large_buffers(128 * 1024)
    }
}
