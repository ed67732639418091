// judgement: see docs/language-decisions.md#xano-services
function "err_api_lambda_unavailable" {
  stack {
    api.lambda {
      timeout = 10
      code = "return 1;"
    } as $script
  }
  response = $script
}
