// docs: docs.xano.com/xanoscript/filter-reference/timestamp
function "lib_transform_timestamp_example" {
  input {
  }

  stack {
    var $x {
      value = "2023-08-15T20:45:30.000Z"|transform_timestamp:"-7 days":"America/Los_Angeles"
    }
  }

  response = $x
}
