workflow_test create_job_endpoint {
  stack {
    api.call jobs verb=POST {
      api_group = "Job Admin"
      headers = []|push:"X-Request-Id: test-1"
      input = {name: "import"}
    } as $created

    expect.to_not_be_null ($created)
  }
}
