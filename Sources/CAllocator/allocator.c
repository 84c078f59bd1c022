#include "allocator.h"
#include <stdlib.h>  /* defines __GLIBC__ on glibc, which the test below needs */
#if defined(__GLIBC__)
#include <malloc.h>
#endif

int lede_return_large_buffers(int threshold) {
#if defined(__GLIBC__)
    return mallopt(M_MMAP_THRESHOLD, threshold) && mallopt(M_TRIM_THRESHOLD, threshold);
#else
    (void)threshold;
    return 0;
#endif
}
