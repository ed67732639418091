// judgement: see docs/language-decisions.md#equality
function "op_strict_eq_same_type" {
  input {
  }

  stack {
    var $x {
      value = "abc" === "abc"
    }
  }

  response = $x
}
