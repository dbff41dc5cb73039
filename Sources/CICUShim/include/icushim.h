#ifndef GUESSWORK_ICU_SHIM_H
#define GUESSWORK_ICU_SHIM_H

#include <stdint.h>

// The public header deliberately includes no ICU header: Foundation carries a
// private copy of ICU whose declarations clash with the system's, so Swift
// sees only these plain C signatures. Each function returns the length of the
// result in UTF-16 units; when it exceeds `capacity`, the caller retries with
// a buffer of that size. `error` receives the ICU error code (> 0 on failure).

int32_t gw_icu_nfkc(const uint16_t *source, int32_t length,
                    uint16_t *destination, int32_t capacity, int32_t *error);

#endif
