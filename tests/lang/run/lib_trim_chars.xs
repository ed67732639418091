// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_trim_chars" {
  input {
  }

  stack {
    var $x {
      value = "xxaxx"|trim:"x"
    }
  }

  response = $x
}
