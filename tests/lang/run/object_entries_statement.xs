// docs: Xano XanoScript reference, syntax/functions (object functions)
function "object_entries_statement" {
  input {
  }

  stack {
    var $settings {
      value = {a: 1, b: 2}
    }
    object.entries {
      value = $settings
    } as $e
  }

  response = $e
}
