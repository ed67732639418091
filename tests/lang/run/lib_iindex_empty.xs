// judgement: see docs/language-decisions.md#empty-collections
function "lib_iindex_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|iindex:"l"
    }
  }

  response = $x
}
