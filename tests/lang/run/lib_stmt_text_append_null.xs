// judgement: see docs/language-decisions.md#lib-null-input
function "lib_stmt_text_append_null" {
  input {
  }

  stack {
    var $s {
      value = null
    }
    text.append $s {
      value = "abc"
    }
  }

  response = $s
}
