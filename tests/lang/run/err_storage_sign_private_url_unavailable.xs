// judgement: see docs/language-decisions.md#file-resources
function "err_storage_sign_private_url_unavailable" {
  stack {
    storage.sign_private_url {
      pathname = "/ab/a.txt"
      ttl = 30
    } as $url
  }
  response = $url
}
