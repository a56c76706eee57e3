/* libxml2 built with ICU support pulls the system's ICU headers into this module, and
   their UErrorCode clashes with the ICU inside Foundation wherever a Swift file imports
   both. bitext uses no ICU-backed libxml2 API, so the ICU part is left out. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/relaxng.h>
#include <libxml/valid.h>
#include <libxml/xmlerror.h>
#include <libxml/xpath.h>
