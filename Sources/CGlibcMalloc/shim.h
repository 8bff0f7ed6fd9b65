// glibc's malloc tuning (mallopt, malloc_trim), which Swift's Glibc module does not include.
#if defined(__linux__) && __has_include(<malloc.h>)
#include <malloc.h>
#endif
#if defined(__GLIBC__) && defined(M_ARENA_MAX)
static inline int sanya_limit_malloc_arenas(int count) { return mallopt(M_ARENA_MAX, count); }
static inline int sanya_release_free_memory(void) { return malloc_trim(0); }
#else
static inline int sanya_limit_malloc_arenas(int count) { (void)count; return 0; }
static inline int sanya_release_free_memory(void) { return 0; }
#endif
