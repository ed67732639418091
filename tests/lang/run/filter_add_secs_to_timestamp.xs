// docs: Xano XanoScript language-server filter reference (hover docs), add_secs_to_timestamp
function "filter_add_secs_to_timestamp" {
  input {
  }

  stack {
    var $x {
      value = 1691527530000|add_secs_to_timestamp:60
    }
  }

  response = $x
}
