// judgement: see docs/language-decisions.md#concatenation
function "op_concat_null_is_empty" {
  input {
  }

  stack {
    var $x {
      value = "a" ~ null ~ "b"
    }
  }

  response = $x
}
