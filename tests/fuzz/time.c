/* libFuzzer target for the time code: strtotime-style expressions,
 * createFromFormat parsing (the input split at its first newline into text
 * and format) and date() formatting, in UTC, New York and a fixed offset.
 * Nothing may crash, hang or read out of bounds; a parsed timestamp must
 * format without trouble. */
#include <stdlib.h>

#include "lib/time_int.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 512)
        return 0;
    const char *p = (const char *)data;
    static const char *const zones[] = {"UTC", "America/New_York", "+05:30"};
    for (size_t z = 0; z < 3; z++) {
        const xs_tz *tz = xs_tz_find(xs_str_of(zones[z]));
        if (!tz)
            abort();
        int64_t ms = 1692132330000;
        if (xs_tz_relative((xs_str){p, size}, tz, &ms)) {
            xs_buf b;
            xs_buf_init(&b);
            xs_tz_format(&b, XS_STR("c T I U"), ms, tz);
            xs_buf_release(&b);
        }
        const char *nl = memchr(p, '\n', size);
        if (nl) {
            xs_str text = {p, (size_t)(nl - p)}, fmt = {nl + 1, size - (size_t)(nl - p) - 1};
            if (xs_tz_parse_format(text, fmt, tz, 1692132330000, &ms)) {
                xs_buf b;
                xs_buf_init(&b);
                xs_tz_format(&b, fmt, ms, tz);
                xs_buf_release(&b);
            }
        }
        xs_buf b;
        xs_buf_init(&b);
        xs_tz_format(&b, (xs_str){p, size}, 1692132330000, tz);
        xs_buf_release(&b);
    }
    return 0;
}
