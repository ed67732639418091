// docs: docs.xano.com/xanoscript/filter-reference/timestamp
function "lib_to_days_example" {
  input {
  }

  stack {
    var $x {
      value = "2023-08-15 23:30:00"|to_days:"America/Los_Angeles"
    }
  }

  response = $x
}
