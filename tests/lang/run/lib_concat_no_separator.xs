// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_concat_no_separator" {
  input {
  }

  stack {
    var $x {
      value = "a"|concat:"b"
    }
  }

  response = $x
}
