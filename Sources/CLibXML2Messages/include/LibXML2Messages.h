#ifndef BITEXT_LIBXML2_MESSAGES_H
#define BITEXT_LIBXML2_MESSAGES_H

/// Receives one formatted message from libxml2's generic (printf-style) error channel.
typedef void (*BitextMessageSink)(void *context, const char *message);

/// Points this thread's libxml2 generic error channel at `sink`, called with `context` and
/// each message formatted; `sink` NULL gives the channel back to libxml2's default. Swift
/// cannot define the C variadic handler libxml2 asks for, hence this shim.
void bitext_route_generic_errors(void *context, BitextMessageSink sink);

#endif
