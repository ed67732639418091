/*
 * lexer.c - the XanoScript scanner: one pass over the bytes, a switch on
 * the first byte of each token, no allocation.
 */
#include "lang/lexer.h"

static const char *const punct_text[XS_P_COUNT_] = {
    [XS_P_NONE] = "",      [XS_P_LBRACE] = "{",    [XS_P_RBRACE] = "}",   [XS_P_LPAREN] = "(",
    [XS_P_RPAREN] = ")",   [XS_P_LBRACKET] = "[",  [XS_P_RBRACKET] = "]", [XS_P_COMMA] = ",",
    [XS_P_COLON] = ":",    [XS_P_SEMI] = ";",      [XS_P_DOT] = ".",      [XS_P_ASSIGN] = "=",
    [XS_P_EQ] = "==",      [XS_P_SEQ] = "===",     [XS_P_NE] = "!=",      [XS_P_SNE] = "!==",
    [XS_P_LT] = "<",       [XS_P_LE] = "<=",       [XS_P_GT] = ">",       [XS_P_GE] = ">=",
    [XS_P_PLUS] = "+",     [XS_P_MINUS] = "-",     [XS_P_STAR] = "*",     [XS_P_SLASH] = "/",
    [XS_P_PERCENT] = "%",  [XS_P_TILDE] = "~",     [XS_P_BANG] = "!",     [XS_P_QUESTION] = "?",
    [XS_P_COALESCE] = "??", [XS_P_PIPE] = "|",     [XS_P_OR] = "||",      [XS_P_AND] = "&&",
    [XS_P_AT] = "@",       [XS_P_JSON_CONTAINS] = "@>",       [XS_P_HASH] = "#",      [XS_P_REGEX] = "=~",   [XS_P_NOT_REGEX] = "!=~",
};

const char *xs_punct_text(xs_punct p)
{
    return (unsigned)p < XS_P_COUNT_ && punct_text[p] ? punct_text[p] : "?";
}

const char *xs_lex_error_text(xs_lex_error e)
{
    switch (e) {
    case XS_LEXERR_CHAR:
        return "unexpected character";
    case XS_LEXERR_STRING:
        return "unterminated string";
    case XS_LEXERR_BACKTICK:
        return "unterminated backtick expression";
    case XS_LEXERR_COMMENT:
        return "unterminated comment";
    case XS_LEXERR_NUMBER:
        return "malformed number";
    case XS_LEXERR_NONE:
        break;
    }
    return "lexical error";
}

void xs_lex_init(xs_lexer *lx, const char *src, uint32_t len, xs_pos base)
{
    memset(lx, 0, sizeof *lx);
    lx->src = src;
    lx->len = len;
    lx->line = base.line ? base.line : 1;
    lx->base_off = base.off;
    lx->base_line = lx->line;
    lx->base_col = base.col ? base.col : 1;
}

static inline bool is_ident_start(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static inline bool is_ident_char(unsigned char c)
{
    return is_ident_start(c) || (c >= '0' && c <= '9');
}

static inline bool is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static inline xs_pos pos_at(const xs_lexer *lx, uint32_t off)
{
    uint32_t col = off - lx->line_start + 1;
    if (lx->line == lx->base_line)
        col += lx->base_col - 1;
    return (xs_pos){lx->line, col, lx->base_off + off};
}

static inline void newline(xs_lexer *lx, uint32_t next_off)
{
    lx->line++;
    lx->line_start = next_off;
}

/* Advances over bytes [off, end) counting the line breaks inside them. */
static void count_lines(xs_lexer *lx, uint32_t off, uint32_t end)
{
    const char *s = lx->src;
    for (;;) {
        const char *nl = memchr(s + off, '\n', end - off);
        if (!nl)
            return;
        off = (uint32_t)(nl - s) + 1;
        newline(lx, off);
    }
}

/* Skips blanks and comments; returns the XS_TOKF_NL / XS_TOKF_SP flags. A
 * block comment that does not close leaves *err set. */
static uint8_t skip_space(xs_lexer *lx, xs_lex_error *err, uint32_t *err_off)
{
    const char *s = lx->src;
    uint32_t n = lx->len, i = lx->off;
    uint8_t flags = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
            i++;
            flags |= XS_TOKF_SP;
        } else if (c == '\n') {
            i++;
            newline(lx, i);
            flags |= XS_TOKF_SP | XS_TOKF_NL;
        } else if (c == '/' && i + 1 < n && s[i + 1] == '/') {
            uint32_t start = i;
            const char *nl = memchr(s + i, '\n', n - i);
            i = nl ? (uint32_t)(nl - s) : n;
            if (lx->on_comment)
                lx->on_comment(lx->comment_ctx, pos_at(lx, start), i - start,
                               (flags & XS_TOKF_NL) || start == 0);
            flags |= XS_TOKF_SP;
        } else if (c == '/' && i + 1 < n && s[i + 1] == '*') {
            uint32_t start = i;
            xs_pos p = pos_at(lx, start);
            const char *end = NULL;
            for (uint32_t j = i + 2; j + 1 < n; j++) {
                if (s[j] == '*' && s[j + 1] == '/') {
                    end = s + j;
                    break;
                }
            }
            if (!end) {
                *err = XS_LEXERR_COMMENT;
                *err_off = start;
                lx->off = i;
                return flags;
            }
            i = (uint32_t)(end - s) + 2;
            count_lines(lx, start, i);
            if (lx->on_comment)
                lx->on_comment(lx->comment_ctx, p, i - start, (flags & XS_TOKF_NL) || start == 0);
            flags |= XS_TOKF_SP;
        } else {
            break;
        }
    }
    lx->off = i;
    return flags;
}

static xs_token make(xs_lexer *lx, xs_tok_kind kind, uint8_t sub, uint32_t start, xs_pos p,
                     uint8_t flags)
{
    xs_token t;
    t.kind = (uint8_t)kind;
    t.sub = sub;
    t.flags = flags;
    t.len = lx->off - start;
    t.pos = p;
    return t;
}

static xs_token error_tok(xs_lexer *lx, xs_lex_error e, uint32_t start, xs_pos p, uint8_t flags)
{
    lx->done = true;
    return make(lx, XS_TOK_ERROR, (uint8_t)e, start, p, flags);
}

/* STRING := '"' ( '\' any | [^"\n] )* '"' | "'" ... "'" | '"""' any* '"""' */
static xs_token lex_string(xs_lexer *lx, uint32_t start, xs_pos p, uint8_t flags)
{
    const char *s = lx->src;
    uint32_t n = lx->len, i = start;
    char q = s[i];
    if (q == '"' && i + 2 < n && s[i + 1] == '"' && s[i + 2] == '"') {
        /* Triple quotes: raw text up to the next """. */
        for (uint32_t j = i + 3; j + 2 < n; j++) {
            if (s[j] == '"' && s[j + 1] == '"' && s[j + 2] == '"') {
                lx->off = j + 3;
                xs_token t = make(lx, XS_TOK_STRING, XS_QUOTE_TRIPLE, start, p, flags);
                count_lines(lx, start, lx->off);
                return t;
            }
        }
        lx->off = n;
        return error_tok(lx, XS_LEXERR_STRING, start, p, flags);
    }
    i++;
    while (i < n) {
        char c = s[i];
        if (c == '\\') {
            flags |= XS_TOKF_ESC;
            if (i + 1 < n && s[i + 1] == '\n')
                break;
            i += 2;
            continue;
        }
        if (c == '\n')
            break;
        if (c == q) {
            lx->off = i + 1;
            return make(lx, XS_TOK_STRING, q == '"' ? XS_QUOTE_DOUBLE : XS_QUOTE_SINGLE, start, p,
                        flags);
        }
        i++;
    }
    lx->off = i < n ? i : n;
    return error_tok(lx, XS_LEXERR_STRING, start, p, flags);
}

/* BACKTICK := '`' [^`]* '`' | '```' any* '```' */
static xs_token lex_backtick(xs_lexer *lx, uint32_t start, xs_pos p, uint8_t flags)
{
    const char *s = lx->src;
    uint32_t n = lx->len;
    bool triple = start + 2 < n && s[start + 1] == '`' && s[start + 2] == '`';
    uint32_t from = start + (triple ? 3 : 1);
    for (uint32_t j = from; j < n; j++) {
        if (s[j] != '`')
            continue;
        if (!triple) {
            lx->off = j + 1;
            xs_token t = make(lx, XS_TOK_BACKTICK, 1, start, p, flags);
            count_lines(lx, start, lx->off);
            return t;
        }
        if (j + 2 < n && s[j + 1] == '`' && s[j + 2] == '`') {
            lx->off = j + 3;
            xs_token t = make(lx, XS_TOK_BACKTICK, 3, start, p, flags);
            count_lines(lx, start, lx->off);
            return t;
        }
    }
    lx->off = n;
    return error_tok(lx, XS_LEXERR_BACKTICK, start, p, flags);
}

/* After these a '/' starts a regex (a filter argument) rather than a division. */
static bool regex_allowed(const xs_lexer *lx)
{
    if (lx->prev_kind != XS_TOK_PUNCT)
        return false;
    switch ((xs_punct)lx->prev_sub) {
    case XS_P_COLON:
    case XS_P_ASSIGN:
    case XS_P_LPAREN:
    case XS_P_COMMA:
    case XS_P_LBRACKET:
        return true;
    default:
        return false;
    }
}

/* REGEX := '/' ( '\' any | [^/\n] )+ '/' [a-z]* ; false when the line has
 * no closing slash (then the '/' is an operator). */
static bool lex_regex(xs_lexer *lx, uint32_t start, xs_pos p, uint8_t flags, xs_token *out)
{
    const char *s = lx->src;
    uint32_t n = lx->len, i = start + 1;
    if (i < n && (s[i] == '/' || s[i] == '*' || s[i] == ' '))
        return false;
    while (i < n && s[i] != '\n') {
        if (s[i] == '\\') {
            i += 2;
            continue;
        }
        if (s[i] == '/') {
            i++;
            while (i < n && s[i] >= 'a' && s[i] <= 'z')
                i++;
            lx->off = i;
            *out = make(lx, XS_TOK_REGEX, 0, start, p, flags);
            return true;
        }
        i++;
    }
    return false;
}

static bool digits(const char *s, uint32_t n, uint32_t i, uint32_t count)
{
    if (i + count > n)
        return false;
    for (uint32_t k = 0; k < count; k++)
        if (!is_digit((unsigned char)s[i + k]))
            return false;
    return true;
}

/* TIMESTAMP := DDDD-DD-DD ( [ T] DD:DD ( :DD ( .D+ )? )? )? ( Z | [+-]DD(:?DD)? )?
 * Returns the end offset, or 0 when s[i..] is no date. */
static uint32_t scan_timestamp(const char *s, uint32_t n, uint32_t i)
{
    if (!digits(s, n, i, 4) || i + 10 > n || s[i + 4] != '-' || !digits(s, n, i + 5, 2) ||
        s[i + 7] != '-' || !digits(s, n, i + 8, 2))
        return 0;
    uint32_t e = i + 10;
    if (e + 6 <= n && (s[e] == ' ' || s[e] == 'T') && digits(s, n, e + 1, 2) && s[e + 3] == ':' &&
        digits(s, n, e + 4, 2)) {
        e += 6;
        if (e + 3 <= n && s[e] == ':' && digits(s, n, e + 1, 2)) {
            e += 3;
            if (e + 2 <= n && s[e] == '.' && is_digit((unsigned char)s[e + 1])) {
                e++;
                while (e < n && is_digit((unsigned char)s[e]))
                    e++;
            }
        }
        if (e < n && s[e] == 'Z') {
            e++;
        } else if (e < n && (s[e] == '+' || s[e] == '-') && digits(s, n, e + 1, 2)) {
            e += 3;
            if (e < n && s[e] == ':' && digits(s, n, e + 1, 2))
                e += 3;
            else if (digits(s, n, e, 2))
                e += 2;
        }
    }
    if (e < n && is_ident_char((unsigned char)s[e]))
        return 0;
    return e;
}

/* NUMBER := DIGIT+ ( '.' DIGIT+ )? ( [eE] [+-]? DIGIT+ )? */
static xs_token lex_number(xs_lexer *lx, uint32_t start, xs_pos p, uint8_t flags)
{
    const char *s = lx->src;
    uint32_t n = lx->len, i = start;
    bool dec = false;
    uint32_t ts = scan_timestamp(s, n, start);
    if (ts) {
        lx->off = ts;
        return make(lx, XS_TOK_TIMESTAMP, 0, start, p, flags);
    }
    while (i < n && is_digit((unsigned char)s[i]))
        i++;
    if (i + 1 < n && s[i] == '.' && is_digit((unsigned char)s[i + 1])) {
        dec = true;
        i++;
        while (i < n && is_digit((unsigned char)s[i]))
            i++;
        if (i + 1 < n && s[i] == '.' && is_digit((unsigned char)s[i + 1])) {
            /* 1.2.3: a second decimal point */
            while (i < n && (is_digit((unsigned char)s[i]) || s[i] == '.'))
                i++;
            lx->off = i;
            return error_tok(lx, XS_LEXERR_NUMBER, start, p, flags);
        }
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        uint32_t j = i + 1;
        if (j < n && (s[j] == '+' || s[j] == '-'))
            j++;
        if (j < n && is_digit((unsigned char)s[j])) {
            dec = true;
            i = j;
            while (i < n && is_digit((unsigned char)s[i]))
                i++;
        }
    }
    lx->off = i;
    if (i < n && is_ident_char((unsigned char)s[i])) {
        while (lx->off < n && is_ident_char((unsigned char)s[lx->off]))
            lx->off++;
        return error_tok(lx, XS_LEXERR_NUMBER, start, p, flags);
    }
    return make(lx, dec ? XS_TOK_DECIMAL : XS_TOK_INT, 0, start, p, flags);
}

static xs_token punct(xs_lexer *lx, xs_punct pu, uint32_t start, uint32_t len, xs_pos p,
                      uint8_t flags)
{
    lx->off = start + len;
    return make(lx, XS_TOK_PUNCT, (uint8_t)pu, start, p, flags);
}

static xs_token lex_next(xs_lexer *lx);

xs_token xs_lex_next(xs_lexer *lx)
{
    xs_token t = lex_next(lx);
    lx->prev_kind = t.kind;
    lx->prev_sub = t.sub;
    return t;
}

static xs_token lex_next(xs_lexer *lx)
{
    xs_lex_error cerr = XS_LEXERR_NONE;
    uint32_t cerr_off = 0;
    if (lx->done) {
        xs_token t = {XS_TOK_EOF, 0, XS_TOKF_NL | XS_TOKF_SP, 0, pos_at(lx, lx->off)};
        return t;
    }
    uint8_t flags = skip_space(lx, &cerr, &cerr_off);
    if (lx->off == 0)
        flags |= XS_TOKF_NL; /* the start of the text counts as a line start */
    uint32_t start = lx->off;
    xs_pos p = pos_at(lx, start);
    if (cerr != XS_LEXERR_NONE) {
        lx->off = lx->len;
        return error_tok(lx, cerr, cerr_off, p, flags);
    }
    if (start >= lx->len) {
        lx->done = true;
        return make(lx, XS_TOK_EOF, 0, start, p, flags | XS_TOKF_NL);
    }
    const char *s = lx->src;
    uint32_t n = lx->len;
    unsigned char c = (unsigned char)s[start];
    char c1 = start + 1 < n ? s[start + 1] : '\0';
    char c2 = start + 2 < n ? s[start + 2] : '\0';

    if (is_ident_start(c)) {
        uint32_t i = start + 1;
        while (i < n && is_ident_char((unsigned char)s[i]))
            i++;
        lx->off = i;
        return make(lx, XS_TOK_IDENT, 0, start, p, flags);
    }
    if (is_digit(c))
        return lex_number(lx, start, p, flags);
    switch (c) {
    case '$': {
        uint32_t i = start + 1;
        if (i < n && s[i] == '$') {
            lx->off = i + 1;
            return make(lx, XS_TOK_VAR, 0, start, p, flags);
        }
        while (i < n && is_ident_char((unsigned char)s[i]))
            i++;
        if (i == start + 1) {
            lx->off = i;
            return error_tok(lx, XS_LEXERR_CHAR, start, p, flags);
        }
        lx->off = i;
        return make(lx, XS_TOK_VAR, 0, start, p, flags);
    }
    case '"':
    case '\'':
        return lex_string(lx, start, p, flags);
    case '`':
        return lex_backtick(lx, start, p, flags);
    case '{':
        return punct(lx, XS_P_LBRACE, start, 1, p, flags);
    case '}':
        return punct(lx, XS_P_RBRACE, start, 1, p, flags);
    case '(':
        return punct(lx, XS_P_LPAREN, start, 1, p, flags);
    case ')':
        return punct(lx, XS_P_RPAREN, start, 1, p, flags);
    case '[':
        return punct(lx, XS_P_LBRACKET, start, 1, p, flags);
    case ']':
        return punct(lx, XS_P_RBRACKET, start, 1, p, flags);
    case ',':
        return punct(lx, XS_P_COMMA, start, 1, p, flags);
    case ':':
        return punct(lx, XS_P_COLON, start, 1, p, flags);
    case ';':
        return punct(lx, XS_P_SEMI, start, 1, p, flags);
    case '.':
        return punct(lx, XS_P_DOT, start, 1, p, flags);
    case '+':
        return punct(lx, XS_P_PLUS, start, 1, p, flags);
    case '-':
        return punct(lx, XS_P_MINUS, start, 1, p, flags);
    case '*':
        return punct(lx, XS_P_STAR, start, 1, p, flags);
    case '/':
        if (regex_allowed(lx)) {
            xs_token t;
            if (lex_regex(lx, start, p, flags, &t))
                return t;
        }
        return punct(lx, XS_P_SLASH, start, 1, p, flags);
    case '%':
        return punct(lx, XS_P_PERCENT, start, 1, p, flags);
    case '~':
        return punct(lx, XS_P_TILDE, start, 1, p, flags);
    case '@':
        if (c1 == '>')
            return punct(lx, XS_P_JSON_CONTAINS, start, 2, p, flags);
        return punct(lx, XS_P_AT, start, 1, p, flags);
    case '#':
        return punct(lx, XS_P_HASH, start, 1, p, flags);
    case '=':
        if (c1 == '=' && c2 == '=')
            return punct(lx, XS_P_SEQ, start, 3, p, flags);
        if (c1 == '=')
            return punct(lx, XS_P_EQ, start, 2, p, flags);
        if (c1 == '~')
            return punct(lx, XS_P_REGEX, start, 2, p, flags);
        return punct(lx, XS_P_ASSIGN, start, 1, p, flags);
    case '!':
        if (c1 == '=' && c2 == '=')
            return punct(lx, XS_P_SNE, start, 3, p, flags);
        if (c1 == '=' && c2 == '~')
            return punct(lx, XS_P_NOT_REGEX, start, 3, p, flags);
        if (c1 == '=')
            return punct(lx, XS_P_NE, start, 2, p, flags);
        return punct(lx, XS_P_BANG, start, 1, p, flags);
    case '<':
        if (c1 == '=')
            return punct(lx, XS_P_LE, start, 2, p, flags);
        return punct(lx, XS_P_LT, start, 1, p, flags);
    case '>':
        if (c1 == '=')
            return punct(lx, XS_P_GE, start, 2, p, flags);
        return punct(lx, XS_P_GT, start, 1, p, flags);
    case '?':
        if (c1 == '?')
            return punct(lx, XS_P_COALESCE, start, 2, p, flags);
        return punct(lx, XS_P_QUESTION, start, 1, p, flags);
    case '|':
        if (c1 == '|')
            return punct(lx, XS_P_OR, start, 2, p, flags);
        return punct(lx, XS_P_PIPE, start, 1, p, flags);
    case '&':
        if (c1 == '&')
            return punct(lx, XS_P_AND, start, 2, p, flags);
        break;
    default:
        break;
    }
    /* One whole UTF-8 sequence (or one stray byte) as the offending text. */
    uint32_t i = start + 1;
    if (c >= 0xC0)
        while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80 && i < start + 4)
            i++;
    lx->off = i;
    return error_tok(lx, XS_LEXERR_CHAR, start, p, flags);
}
