#include "LibXML2Messages.h"

#include <libxml/xmlerror.h>
#include <stdarg.h>
#include <stdio.h>

struct Route {
    void *context;
    BitextMessageSink sink;
};

static _Thread_local struct Route route;

static void forward(void *context, const char *format, ...) {
    struct Route *current = context;
    char message[1024];
    va_list arguments;
    va_start(arguments, format);
    vsnprintf(message, sizeof message, format, arguments);
    va_end(arguments);
    current->sink(current->context, message);
}

void bitext_route_generic_errors(void *context, BitextMessageSink sink) {
    if (sink == NULL) {
        xmlSetGenericErrorFunc(NULL, NULL);
        return;
    }
    route.context = context;
    route.sink = sink;
    xmlSetGenericErrorFunc(&route, forward);
}
