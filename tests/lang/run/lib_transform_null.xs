// judgement: see docs/language-decisions.md#lib-null-input
function "lib_transform_null" {
  input {
  }

  stack {
    var $x {
      value = null|transform:$$ ?? "d"
    }
  }

  response = $x
}
