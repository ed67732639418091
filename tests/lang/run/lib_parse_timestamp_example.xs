// docs: docs.xano.com/xanoscript/filter-reference/timestamp
function "lib_parse_timestamp_example" {
  input {
  }

  stack {
    var $x {
      value = "2023-08-15 13:45:30"|parse_timestamp:"Y-m-d H:i:s":"America/Los_Angeles"
    }
  }

  response = $x
}
