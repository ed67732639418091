// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_icontains_absent" {
  input {
  }

  stack {
    var $x {
      value = "hello"|icontains:"xyz"
    }
  }

  response = $x
}
