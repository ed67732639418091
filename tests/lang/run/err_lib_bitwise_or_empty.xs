// judgement: see docs/language-decisions.md#empty-collections
function "err_lib_bitwise_or_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|bitwise_or:2
    }
  }

  response = $x
}
