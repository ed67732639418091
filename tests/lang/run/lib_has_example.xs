// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_has_example" {
  input {
  }

  stack {
    var $x {
      value = {a:1}|has:"a"
    }
  }

  response = $x
}
