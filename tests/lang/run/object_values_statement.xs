// docs: Xano XanoScript reference, syntax/functions (object functions)
function "object_values_statement" {
  input {
  }

  stack {
    var $settings {
      value = {a: 1, b: 2}
    }
    object.values {
      value = $settings
    } as $v
  }

  response = $v
}
