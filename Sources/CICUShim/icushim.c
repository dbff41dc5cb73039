#include "icushim.h"

#include <unicode/unorm2.h>
#include <unicode/utypes.h>
#include <unicode/uspoof.h>
#include <unicode/ustring.h>

// Checks the arguments this shim promises to accept. Callers return early on
// an empty input because u_strFoldCase rejects a NULL source even when the
// length is 0.
static int32_t reject_invalid(const uint16_t *source, int32_t length,
                              int32_t *error) {
  if (length < 0 || (source == NULL && length != 0)) {
    *error = (int32_t)U_ILLEGAL_ARGUMENT_ERROR;
    return 1;
  }
  *error = 0;
  return 0;
}

static int32_t report(UErrorCode status, int32_t result, int32_t *error) {
  *error = U_FAILURE(status) ? (int32_t)status : 0;
  return result;
}

int32_t gw_icu_nfkc(const uint16_t *source, int32_t length,
                    uint16_t *destination, int32_t capacity, int32_t *error) {
  if (reject_invalid(source, length, error) || length == 0) {
    return 0;
  }
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2 *normalizer = unorm2_getNFKCInstance(&status);
  if (U_FAILURE(status)) {
    return report(status, 0, error);
  }
  int32_t result = unorm2_normalize(normalizer, (const UChar *)source, length,
                                    (UChar *)destination, capacity, &status);
  return report(status, result, error);
}

int32_t gw_icu_fold(const uint16_t *source, int32_t length,
                    uint16_t *destination, int32_t capacity, int32_t *error) {
  if (reject_invalid(source, length, error) || length == 0) {
    return 0;
  }
  UErrorCode status = U_ZERO_ERROR;
  int32_t result = u_strFoldCase((UChar *)destination, capacity,
                                 (const UChar *)source, length,
                                 U_FOLD_CASE_DEFAULT, &status);
  return report(status, result, error);
}

void *gw_icu_spoof_open(int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  USpoofChecker *checker = uspoof_open(&status);
  if (U_FAILURE(status)) {
    gw_icu_spoof_close(checker);
    *error = (int32_t)status;
    return NULL;
  }
  *error = 0;
  return checker;
}

void gw_icu_spoof_close(void *checker) {
  if (checker != NULL) {
    uspoof_close((USpoofChecker *)checker);
  }
}

int32_t gw_icu_skeleton(const void *checker, const uint16_t *source,
                        int32_t length, uint16_t *destination,
                        int32_t capacity, int32_t *error) {
  if (checker == NULL) {
    *error = (int32_t)U_ILLEGAL_ARGUMENT_ERROR;
    return 0;
  }
  if (reject_invalid(source, length, error) || length == 0) {
    return 0;
  }
  UErrorCode status = U_ZERO_ERROR;
  // The second argument is a deprecated type mask that ICU 58 and later
  // ignore.
  int32_t result = uspoof_getSkeleton((const USpoofChecker *)checker, 0,
                                      (const UChar *)source, length,
                                      (UChar *)destination, capacity, &status);
  return report(status, result, error);
}

const char *gw_icu_error_name(int32_t code) {
  return u_errorName((UErrorCode)code);
}
