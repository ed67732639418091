// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_add_decimal" {
  input {
  }

  stack {
    var $x {
      value = 0.1|add:0.2
    }
  }

  response = $x
}
