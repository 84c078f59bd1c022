#ifndef LEDE_FASTSEARCH_H
#define LEDE_FASTSEARCH_H
#include <stddef.h>

/// glibc's memmem (two-way search, vectorised), which Swift's Glibc module does not
/// expose because it is a GNU extension.
int lede_contains(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length);

/// Where needle first occurs in haystack, or -1: for scans that go on after each match.
long lede_find(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length);

/// Asks for the cache line holding `address` ahead of its use: neighbour searches read
/// many scattered vectors one after another, and asking for all of them first lets the
/// memory answer them side by side rather than one miss at a time.
static inline void lede_prefetch(const void *address) { __builtin_prefetch(address); }

#endif
