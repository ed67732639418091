/*
 * lexer.h - splits XanoScript source into tokens (token.h).
 *
 * The lexer is a hand-written scanner over a byte range it borrows; it
 * allocates nothing itself. xs_lex_next returns tokens one at a time;
 * comments are not tokens but are handed to an optional callback so the
 * formatter can keep them. After an XS_TOK_ERROR token the lexer returns
 * XS_TOK_EOF forever.
 *
 * A lexer is a small value owned by its caller; no global state, so any
 * number may run at once on different threads.
 */
#ifndef XS_LANG_LEXER_H
#define XS_LANG_LEXER_H

#include "lang/token.h"

typedef void (*xs_lex_comment_fn)(void *ctx, xs_pos pos, uint32_t len, bool own_line);

typedef struct xs_lexer {
    const char *src;
    uint32_t len;
    uint32_t off;
    uint32_t line;
    uint32_t line_start; /* offset of the first byte of the current line */
    uint32_t base_off;   /* position of src[0] in the whole file */
    uint32_t base_line;
    uint32_t base_col;
    bool done;
    uint8_t prev_kind; /* the last token returned, to tell a regex from '/' */
    uint8_t prev_sub;
    xs_lex_comment_fn on_comment; /* may be NULL */
    void *comment_ctx;
} xs_lexer;

/* Starts lexing src[0..len) (len below 4 GiB; the parser checks). base gives
 * the position of src[0], so a sub-range (a backtick expression) reports
 * positions in the whole file; pass (xs_pos){1, 1, 0} for a whole file. */
void xs_lex_init(xs_lexer *lx, const char *src, uint32_t len, xs_pos base);

/* The next token. Never fails: malformed input gives an XS_TOK_ERROR token. */
xs_token xs_lex_next(xs_lexer *lx);

/* Human words for a lexer error ("unterminated string"). Never NULL. */
const char *xs_lex_error_text(xs_lex_error e);

#endif
