// judgement: see docs/language-decisions.md#util-get
function "util_get_all_input" {
  input {
    int a
    text b
  }

  stack {
    util.get_all_input as $all
  }

  response = $all
}
