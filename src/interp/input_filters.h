/*
 * input_filters.h - the `filters=` of an input field. These are not the
 * value filters of expressions but Xano's own input vocabulary, applied
 * when the input is bound: the transforms trim, lower and upper, then the
 * validators min and max (a value bound on numbers, a length bound on
 * text), startsWith, prevent, the allowed characters alphaOk, digitOk and
 * ok, and the password strength counts minAlpha, minLowerAlpha,
 * minUpperAlpha, minDigit and minSymbol.
 *
 * A value that fails a validator raises ERROR_CODE_INPUT_ERROR naming the
 * field, with a payload {param: NAME}. A filter that is not in the
 * vocabulary, or whose argument is not of the kind it needs, raises
 * ERROR_FATAL at the filter: that is a fault of the script, not of the
 * input. Called on the run's thread while the input is bound.
 */
#ifndef XS_INTERP_INPUT_FILTERS_H
#define XS_INTERP_INPUT_FILTERS_H

#include "interp/interp_int.h"

/* Checks that every filter of fl is an input filter with the right number
 * of arguments; raises ERROR_FATAL at the first that is not. Runs whether
 * or not a value was given, so a misspelt filter is found on any call. */
flow xs_input_filters_check(xs_run *r, const xs_ast_field *fl);

/* The transforms of fl (trim, lower, upper), in the order written, on *v:
 * one given value of the field (an element, for a list field), before it is
 * coerced to the field's type, so that `email e filters=trim` takes
 * " a@b.io ". They change text only; *v is replaced (the old value
 * released). fl must have passed xs_input_filters_check. */
flow xs_input_filters_transform(xs_run *r, frame *f, const xs_ast_field *fl, xs_value *v);

/* The validators of fl, in the order written, on v (borrowed): one value of
 * the field, coerced to its type and not null. param is the field's name as
 * messages show it. The first that fails raises the input error. fl must
 * have passed xs_input_filters_check. */
flow xs_input_filters_validate(xs_run *r, frame *f, const xs_ast_field *fl, const char *param,
                               xs_value v);

#endif
