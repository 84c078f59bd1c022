#ifndef LEDE_FASTSEARCH_H
#define LEDE_FASTSEARCH_H
#include <stddef.h>

/// glibc's memmem (two-way search, vectorised), which Swift's Glibc module does not
/// expose because it is a GNU extension.
int lede_contains(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length);

/// Where needle first occurs in haystack, or -1: for scans that go on after each match.
long lede_find(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length);

#endif
