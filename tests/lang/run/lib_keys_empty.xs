// judgement: see docs/language-decisions.md#empty-collections
function "lib_keys_empty" {
  input {
  }

  stack {
    var $x {
      value = {}|keys
    }
  }

  response = $x
}
