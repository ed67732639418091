// judgement: see docs/language-decisions.md#empty-collections
function "lib_addslashes_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|addslashes
    }
  }

  response = $x
}
