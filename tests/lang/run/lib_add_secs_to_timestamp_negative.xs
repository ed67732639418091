// docs: Xano XanoScript language-server filter reference (hover docs), add_secs_to_timestamp
function "lib_add_secs_to_timestamp_negative" {
  input {
  }

  stack {
    var $x {
      value = 1698710400000|add_secs_to_timestamp:-60
    }
  }

  response = $x
}
