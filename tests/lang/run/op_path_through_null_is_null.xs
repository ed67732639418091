// judgement: see docs/language-decisions.md#missing-values
function "op_path_through_null_is_null" {
  input {
  }

  stack {
    var $x {
      value = {a: null}
    }
  }

  response = $x.a.b.c
}
