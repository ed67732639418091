// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_icontains_example" {
  input {
  }

  stack {
    var $x {
      value = "Hello"|icontains:"ELL"
    }
  }

  response = $x
}
