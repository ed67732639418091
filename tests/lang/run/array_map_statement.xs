// docs: Xano XanoScript reference, syntax/array-filters (array functions)
function "array_map_statement" {
  input {
  }

  stack {
    var $json {
      value = [{email: "a@x.io"}, {email: "b@x.io"}]
    }
    array.map ($json) {
      by = $this.email
    } as $emails
  }

  response = $emails
}
