// judgement: see docs/language-decisions.md#lib-null-input
function "lib_map_null" {
  input {
  }

  stack {
    var $x {
      value = null|map:$$
    }
  }

  response = $x
}
