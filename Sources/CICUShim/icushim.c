#include "icushim.h"

#include <unicode/unorm2.h>

int32_t gw_icu_nfkc(const uint16_t *source, int32_t length,
                    uint16_t *destination, int32_t capacity, int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2 *normalizer = unorm2_getNFKCInstance(&status);
  if (U_FAILURE(status)) {
    *error = (int32_t)status;
    return 0;
  }
  int32_t result = unorm2_normalize(normalizer, (const UChar *)source, length,
                                    (UChar *)destination, capacity, &status);
  *error = U_FAILURE(status) ? (int32_t)status : 0;
  return result;
}
