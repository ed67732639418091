// judgement: see docs/language-decisions.md#empty-collections
function "lib_fill_keys_empty" {
  input {
  }

  stack {
    var $x {
      value = 1|fill_keys:[]
    }
  }

  response = $x
}
