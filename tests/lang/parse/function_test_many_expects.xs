function make_result {
  input {
    text name
  }

  stack {
    var $result {
      value = {success: true, data: {name: $input.name}, error: null}
    }
  }

  response = $result

  test "builds a successful result" {
    input = {name: "alpha"}

    expect.to_be_true ($response.success)
    expect.to_be_null ($response.error)
    expect.to_be_defined ($response.data)
    expect.to_equal ($response.data.name) {
      value = "alpha"
    }
  }
}
