function api_lambda {
  input {
    json items
  }

  stack {
    api.lambda {
      code = """
        const items = $input.items || [];
        return items.filter(x => x.ok).length;
        """
      timeout = 10
    } as $ok_count
  }

  response = $ok_count
}
