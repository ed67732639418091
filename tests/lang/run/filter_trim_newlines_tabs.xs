// judgement: see docs/language-decisions.md#applied-descriptions
function "filter_trim_newlines_tabs" {
  input {
  }

  stack {
    var $x {
      value = "\n\t hi \n"|trim
    }
  }

  response = $x
}
