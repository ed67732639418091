// judgement: see docs/language-decisions.md#empty-collections
function "err_lib_even_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|even
    }
  }

  response = $x
}
