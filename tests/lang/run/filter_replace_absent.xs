// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_replace_absent" {
  input {
  }

  stack {
    var $x {
      value = "abc"|replace:"z":"y"
    }
  }

  response = $x
}
