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

/* Applies fl's filters to *v, one value of the field (an element, for a
 * list field) already coerced to its type and not null. param is the
 * field's name as messages show it. Transforms replace *v (the old value
 * is released); on an error *v is left as a valid value for the caller to
 * release. */
flow xs_input_filters_apply(xs_run *r, frame *f, const xs_ast_field *fl, const char *param,
                            xs_value *v);

#endif
