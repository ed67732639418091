// docs: docs.xano.com/xanoscript/filter-reference/timestamp
function "lib_to_ms_example" {
  input {
  }

  stack {
    var $x {
      value = "2023-08-15 13:45:30"|to_ms:"America/Los_Angeles"
    }
  }

  response = $x
}
