// expect: 2:10 a function name cannot have '{...}' parameters
function jobs/{job_id}/steps {
  input {
  }

  stack {
  }

  response = null
}
