// judgement: see docs/language-decisions.md#empty-collections
function "lib_transform_empty" {
  input {
  }

  stack {
    var $x {
      value = []|transform:$$|count
    }
  }

  response = $x
}
