// judgement: see docs/language-decisions.md#util-get
function "util_get_input_raw_json" {
  input {
    int a
  }

  stack {
    util.get_input {
      encoding = "json"
    } as $raw
  }

  response = $raw
}
