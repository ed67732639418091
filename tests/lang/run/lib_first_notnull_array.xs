// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_first_notnull_array" {
  input {
  }

  stack {
    var $x {
      value = []|first_notnull:"d"
    }
  }

  response = $x
}
