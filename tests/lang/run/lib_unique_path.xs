// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_unique_path" {
  input {
  }

  stack {
    var $x {
      value = [{g:"a",i:1},{g:"b",i:2},{g:"a",i:3}]|unique:"g"
    }
  }

  response = $x
}
