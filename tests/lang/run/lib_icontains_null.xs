// judgement: see docs/language-decisions.md#lib-null-input
function "lib_icontains_null" {
  input {
  }

  stack {
    var $x {
      value = null|icontains:"a"
    }
  }

  response = $x
}
