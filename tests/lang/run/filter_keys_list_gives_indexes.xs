// judgement: see docs/language-decisions.md#keys-of-lists
function "filter_keys_list_gives_indexes" {
  input {
  }

  stack {
    var $x {
      value = ["x","y"]|keys
    }
  }

  response = $x
}
