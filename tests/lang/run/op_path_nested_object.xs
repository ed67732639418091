// judgement: see docs/language-decisions.md#applied-descriptions
function "op_path_nested_object" {
  input {
  }

  stack {
    var $x {
      value = {a: {b: {c: 42}}}
    }
  }

  response = $x.a.b.c
}
