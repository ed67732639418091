// judgement: see docs/language-decisions.md#empty-collections
function "lib_every_empty" {
  input {
  }

  stack {
    var $x {
      value = []|every:$$
    }
  }

  response = $x
}
