// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_filter_empty_path" {
  input {
  }

  stack {
    var $x {
      value = [{n:""},{n:"x"}]|filter_empty:"n"
    }
  }

  response = $x
}
