/* stmts_math.c - math.* statements: `math.add $total { value = 1 }`
 * changes the variable in place with the matching filter's rules. */
#include "lib/lib_int.h"

/* Applies filter name to the target with attribute value as argument. */
static xs_status update(xs_call *c, xs_value *target, xs_value attrs, const char *filter)
{
    if (!target)
        return xs_call_fail(c, "ERROR_FATAL", "%s: needs a variable to change", xs_call_name(c));
    xs_value v = xs_lib_attr(attrs, "value");
    return xs_lib_apply(c, filter, target, &v, 1);
}

#define MATH_STMT(fn, filter)                                                                      \
    static xs_status fn(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,                \
                        xs_value *result)                                                          \
    {                                                                                              \
        (void)arg;                                                                                 \
        (void)result;                                                                              \
        return update(c, target, attrs, filter);                                                   \
    }

MATH_STMT(s_add, "add")
MATH_STMT(s_sub, "subtract")
MATH_STMT(s_mul, "multiply")
MATH_STMT(s_div, "divide")
MATH_STMT(s_mod, "modulus")
MATH_STMT(s_and, "bitwise_and")
MATH_STMT(s_or, "bitwise_or")
MATH_STMT(s_xor, "bitwise_xor")

static const xs_stmt_def stmts[] = {
    {"math.add", 0, s_add, "adds value to the variable: math.add $n { value = 1 }"},
    {"math.sub", 0, s_sub, "subtracts value from the variable"},
    {"math.mul", 0, s_mul, "multiplies the variable by value"},
    {"math.div", 0, s_div, "divides the variable by value (division by zero fails)"},
    {"math.mod", 0, s_mod, "the variable becomes its remainder modulo value"},
    {"math.bitwise.and", 0, s_and, "bitwise and of the variable with value"},
    {"math.bitwise.or", 0, s_or, "bitwise or of the variable with value"},
    {"math.bitwise.xor", 0, s_xor, "bitwise exclusive or of the variable with value"},
};

const xs_builtin_family xs_lib_stmts_math = {"math statements", NULL, 0, stmts, XS_COUNTOF(stmts)};
