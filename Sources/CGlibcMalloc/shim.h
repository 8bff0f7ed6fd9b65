// glibc's malloc tuning (mallopt), which Swift's Glibc module does not include.
#if defined(__linux__) && __has_include(<malloc.h>)
#include <malloc.h>
#endif
#if defined(__GLIBC__) && defined(M_ARENA_MAX)
static inline int sanya_limit_malloc_arenas(int count) { return mallopt(M_ARENA_MAX, count); }
#else
static inline int sanya_limit_malloc_arenas(int count) { (void)count; return 0; }
#endif
