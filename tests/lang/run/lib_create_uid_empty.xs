// judgement: see docs/language-decisions.md#empty-collections
function "lib_create_uid_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|create_uid|is_int
    }
  }

  response = $x
}
