// judgement: see docs/language-decisions.md#empty-collections
function "lib_index_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|index:"a"
    }
  }

  response = $x
}
