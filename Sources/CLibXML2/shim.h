// Debian builds libxml2 with ICU, so its headers pull in the system ICU
// headers, whose types clash with the private ICU module inside Foundation.
// Disabling the ICU part of libxml2's headers hides them; Swift code must
// therefore never touch the ICU converter fields of xmlCharEncodingHandler.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
