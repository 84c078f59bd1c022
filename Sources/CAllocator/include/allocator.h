#ifndef LEDE_ALLOCATOR_H
#define LEDE_ALLOCATOR_H

/// Asks glibc to serve allocations of `threshold` bytes or more with mappings of their own
/// and to trim the heap above it, so large buffers go back to the kernel when freed.
/// Swift's Glibc module does not expose mallopt (it lives in malloc.h). Returns 0 when an
/// option was refused, or when the C library is not glibc.
int lede_return_large_buffers(int threshold);

#endif
