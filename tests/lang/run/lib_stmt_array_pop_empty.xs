// judgement: see docs/language-decisions.md#empty-collections
function "lib_stmt_array_pop_empty" {
  input {
  }

  stack {
    var $a {
      value = []
    }
    array.pop $a as $x
  }

  response = {a: $a, x: $x}
}
