// docs: Xano XanoScript reference, syntax/functions (object functions)
function "object_keys_statement" {
  input {
  }

  stack {
    var $settings {
      value = {a: 1, b: 2}
    }
    object.keys {
      value = $settings
    } as $k
  }

  response = $k
}
