// judgement: see docs/language-decisions.md#file-resources
function "zip_view_empty_archive" {
  stack {
    zip.create_archive {
      filename = "empty.zip"
    } as $zip
    zip.view_contents {
      zip = $zip
    } as $list
  }
  response = {zip: $zip, list: $list}
}
