// judgement: see docs/language-decisions.md#missing-values
function "op_path_missing_key_is_null" {
  input {
  }

  stack {
    var $x {
      value = {a: 1}
    }
  }

  response = $x.nope
}
