/*
 * token.h - the tokens of XanoScript, as the lexer (lexer.h) produces them.
 *
 * A token is a kind plus a byte range of the source; its text is never
 * copied. Newlines are not tokens: each token records whether a line break
 * (and whether any blank or comment) came before it, which is all the
 * parser needs for XanoScript's line-sensitive rules.
 */
#ifndef XS_LANG_TOKEN_H
#define XS_LANG_TOKEN_H

#include "lang/ast.h"

typedef enum xs_tok_kind {
    XS_TOK_EOF,
    XS_TOK_IDENT,    /* [A-Za-z_][A-Za-z0-9_]* */
    XS_TOK_VAR,      /* $name or $$; the text keeps the '$' */
    XS_TOK_INT,      /* 123 */
    XS_TOK_DECIMAL,  /* 1.5, 1e3 */
    XS_TOK_STRING,   /* sub = xs_quote; text includes the quotes */
    XS_TOK_BACKTICK, /* `...` or ```...```; sub = 1 or 3 (ticks) */
    XS_TOK_PUNCT,    /* sub = xs_punct */
    XS_TOK_TIMESTAMP, /* 2025-01-01, 2025-01-01 08:00:00+0000 */
    XS_TOK_REGEX,    /* /pattern/flags after ':', '=', '(', ',' or '[' */
    XS_TOK_ERROR,    /* sub = xs_lex_error; text is the offending bytes */
} xs_tok_kind;

typedef enum xs_punct {
    XS_P_NONE,
    XS_P_LBRACE,   /* { */
    XS_P_RBRACE,   /* } */
    XS_P_LPAREN,   /* ( */
    XS_P_RPAREN,   /* ) */
    XS_P_LBRACKET, /* [ */
    XS_P_RBRACKET, /* ] */
    XS_P_COMMA,    /* , */
    XS_P_COLON,    /* : */
    XS_P_SEMI,     /* ; */
    XS_P_DOT,      /* . */
    XS_P_ASSIGN,   /* = */
    XS_P_EQ,       /* == */
    XS_P_SEQ,      /* === */
    XS_P_NE,       /* != */
    XS_P_SNE,      /* !== */
    XS_P_LT,       /* < */
    XS_P_LE,       /* <= */
    XS_P_GT,       /* > */
    XS_P_GE,       /* >= */
    XS_P_PLUS,     /* + */
    XS_P_MINUS,    /* - */
    XS_P_STAR,     /* * */
    XS_P_SLASH,    /* / */
    XS_P_PERCENT,  /* % */
    XS_P_TILDE,    /* ~ */
    XS_P_BANG,     /* ! */
    XS_P_QUESTION, /* ? */
    XS_P_COALESCE, /* ?? */
    XS_P_PIPE,     /* | */
    XS_P_OR,       /* || */
    XS_P_AND,      /* && */
    XS_P_AT,       /* @ */
    XS_P_JSON_CONTAINS, /* @> */
    XS_P_HASH,     /* # */
    XS_P_REGEX,    /* =~ */
    XS_P_NOT_REGEX, /* !=~ */
    XS_P_COUNT_
} xs_punct;

typedef enum xs_lex_error {
    XS_LEXERR_NONE,
    XS_LEXERR_CHAR,       /* a byte that starts no token */
    XS_LEXERR_STRING,     /* string not closed before the end of the line/file */
    XS_LEXERR_BACKTICK,   /* backtick expression not closed */
    XS_LEXERR_COMMENT,    /* block comment not closed */
    XS_LEXERR_NUMBER,     /* digits run into letters: 12abc */
} xs_lex_error;

enum {
    XS_TOKF_NL = 1u << 0, /* a line break came before this token */
    XS_TOKF_SP = 1u << 1, /* any blank, line break or comment came before it */
    XS_TOKF_ESC = 1u << 2, /* STRING: contains a backslash, needs decoding */
};

typedef struct xs_token {
    uint8_t kind;  /* xs_tok_kind */
    uint8_t sub;   /* xs_punct, xs_quote, tick count or xs_lex_error */
    uint8_t flags; /* XS_TOKF_* */
    uint32_t len;
    xs_pos pos;
} xs_token;

/* Spelling of a punctuator ("{", "!==="...). Never NULL. */
const char *xs_punct_text(xs_punct p);

#endif
