// judgement: see docs/language-decisions.md#empty-collections
function "lib_first_notnull_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|first_notnull:"d"
    }
  }

  response = $x
}
