// judgement: see docs/language-decisions.md#empty-collections
function "err_lib_bitwise_and_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|bitwise_and:2
    }
  }

  response = $x
}
