// docs: Xano XanoScript reference, essentials
function "stmt_var_empty_containers" {
  input {
  }

  stack {
    var $items {
      value = []
    }
    var $data {
      value = {key: "value"}
    }
  }

  response = {items: $items, data: $data}
}
