// docs: Xano XanoScript language-server filter reference (hover docs), add_ms_to_timestamp
function "lib_add_ms_to_timestamp_example" {
  input {
  }

  stack {
    var $x {
      value = 1698710400000|add_ms_to_timestamp:500
    }
  }

  response = $x
}
