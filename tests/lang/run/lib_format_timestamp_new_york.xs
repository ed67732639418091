// docs: docs.xano.com/xanoscript/filter-reference/timestamp
function "lib_format_timestamp_new_york" {
  input {
  }

  stack {
    var $x {
      value = "1692132330000"|format_timestamp:"Y-m-d H:i:s":"America/New_York"
    }
  }

  response = $x
}
