// judgement: see docs/language-decisions.md#lib-relative-time
function "err_lib_transform_timestamp_invalid" {
  input {
  }

  stack {
    var $x {
      value = 0|transform_timestamp:"sometime"
    }
  }

  response = $x
}
