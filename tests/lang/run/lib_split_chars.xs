// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_split_chars" {
  input {
  }

  stack {
    var $x {
      value = "abc"|split:""
    }
  }

  response = $x
}
