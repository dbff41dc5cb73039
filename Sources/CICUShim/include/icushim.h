#ifndef GUESSWORK_ICU_SHIM_H
#define GUESSWORK_ICU_SHIM_H

#include <stdint.h>

// The public header deliberately includes no ICU header: Foundation carries a
// private copy of ICU whose declarations clash with the system's, so Swift
// sees only these plain C signatures.
//
// Each transform reads `length` UTF-16 units from `source` and returns the
// length of the result in UTF-16 units. When that length exceeds `capacity`,
// `error` is set to the ICU buffer-overflow code (15) and the caller retries
// with a buffer of the returned size. `error` receives 0 on success and the
// ICU error code (> 0) on failure. `source` may be NULL only when `length`
// is 0, and `length` must not be negative.

/// Normalises to Unicode Normalization Form KC.
int32_t gw_icu_nfkc(const uint16_t *source, int32_t length,
                    uint16_t *destination, int32_t capacity, int32_t *error);

/// Applies default full case folding (Unicode CaseFolding.txt, status C + F).
int32_t gw_icu_fold(const uint16_t *source, int32_t length,
                    uint16_t *destination, int32_t capacity, int32_t *error);

/// Opens an ICU spoof checker with default settings, or returns NULL and sets
/// `error`. Close it with `gw_icu_spoof_close`.
void *gw_icu_spoof_open(int32_t *error);

/// Closes a checker from `gw_icu_spoof_open`. A NULL checker is ignored.
void gw_icu_spoof_close(void *checker);

/// Computes the UTS #39 confusable skeleton with an open checker. ICU allows
/// concurrent calls on one checker because the call does not modify it.
int32_t gw_icu_skeleton(const void *checker, const uint16_t *source,
                        int32_t length, uint16_t *destination,
                        int32_t capacity, int32_t *error);

/// Returns ICU's constant name for an error code, such as
/// "U_MEMORY_ALLOCATION_ERROR". The string is static and must not be freed.
const char *gw_icu_error_name(int32_t code);

#endif
