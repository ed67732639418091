// judgement: see docs/language-decisions.md#empty-collections
function "lib_fill_empty" {
  input {
  }

  stack {
    var $x {
      value = "x"|fill:0:0
    }
  }

  response = $x
}
