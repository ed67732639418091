// docs: Xano XanoScript language-server filter reference (hover docs), format_timestamp
function "filter_format_timestamp_new_york" {
  input {
  }

  stack {
    var $x {
      value = 1692132330000|format_timestamp:"Y-m-d H:i:s":"America/New_York"
    }
  }

  response = $x
}
